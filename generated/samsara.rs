// @generated from spec/samsara.json by samsara-codegen. Do not edit: change the spec and run `cargo xtask codegen`.

#[allow(unused_imports)]
use crate::transport::request::encode_path;
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///A technician assigned to a work order or service task.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Assignee {
        ///Samsara dashboard user ID of the assigned technician. Joinable against the public users API.
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Assignee {
        pub fn builder() -> builder::Assignee {
            Default::default()
        }
    }
    ///A single barcode entry.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Barcode {
        ///The captured barcode value.
        pub value: ::std::string::String,
    }
    impl Barcode {
        pub fn builder() -> builder::Barcode {
            Default::default()
        }
    }
    ///A single barcode entry in a form submission request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BarcodeInput {
        ///The captured barcode value.
        pub value: ::std::string::String,
    }
    impl BarcodeInput {
        pub fn builder() -> builder::BarcodeInput {
            Default::default()
        }
    }
    ///The value of a barcode form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BarcodeValue {
        ///List of barcode entries.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub barcodes: ::std::vec::Vec<Barcode>,
    }
    impl BarcodeValue {
        pub fn builder() -> builder::BarcodeValue {
            Default::default()
        }
    }
    ///The value of a barcode form input field. Only valid for barcode form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct BarcodeValueInput {
        ///List of barcode entries.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub barcodes: ::std::vec::Vec<BarcodeInput>,
    }
    impl BarcodeValueInput {
        pub fn builder() -> builder::BarcodeValueInput {
            Default::default()
        }
    }
    ///The value of a check boxes form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CheckBoxesValue {
        ///List of selected options.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub value: ::std::vec::Vec<::std::string::String>,
        ///List of selected option IDs.
        #[serde(rename = "valueIds")]
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub value_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl CheckBoxesValue {
        pub fn builder() -> builder::CheckBoxesValue {
            Default::default()
        }
    }
    ///The value of a check boxes form input field. Only valid for check boxes form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CheckBoxesValueInput {
        #[serde(rename = "valueIds")]
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub value_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl CheckBoxesValueInput {
        pub fn builder() -> builder::CheckBoxesValueInput {
            Default::default()
        }
    }
    ///Conditional action object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ConditionalAction {
        ///List of actions to take if the condition is met.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub actions: ::std::vec::Vec<FieldAction>,
        pub condition: FieldCondition,
    }
    impl ConditionalAction {
        pub fn builder() -> builder::ConditionalAction {
            Default::default()
        }
    }
    ///This is the object that stores the key and the value of the custom headers.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CustomHeader {
        ///The alphanumeric key of the custom header.
        pub key: CustomHeaderKey,
        ///The value of the custom header. The default maximum length of the value is 100 characters.
        pub value: ::std::string::String,
    }
    impl CustomHeader {
        pub fn builder() -> builder::CustomHeader {
            Default::default()
        }
    }
    ///The alphanumeric key of the custom header.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct CustomHeaderKey(::std::string::String);
    impl ::std::ops::Deref for CustomHeaderKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CustomHeaderKey> for ::std::string::String {
        fn from(value: CustomHeaderKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CustomHeaderKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomHeaderKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomHeaderKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomHeaderKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The value of a datetime form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DateTimeValue {
        ///Calendar date in YYYY-MM-DD format in the stored field timezone. Present when type is `date` (date-only fields).
        #[serde(
            rename = "dateValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_value: ::std::option::Option<::chrono::naive::NaiveDate>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::DateTimeType,
        ///UTC timestamp in RFC 3339 format.
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub value: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl DateTimeValue {
        pub fn builder() -> builder::DateTimeValue {
            Default::default()
        }
    }
    ///The value of a datetime form input field. Only valid for datetime form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DateTimeValueInput {
        ///The value of the user generated date/time field response. UTC timestamp in RFC 3339 format.
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub value: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl DateTimeValueInput {
        pub fn builder() -> builder::DateTimeValueInput {
            Default::default()
        }
    }
    ///How much a work order is discounted. Either money or basisPoints are specified.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Discount {
        ///The discount in basis points. 100 basis points = 1%.
        #[serde(
            rename = "basisPoints",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub basis_points: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub money: ::std::option::Option<Money>,
    }
    impl Discount {
        pub fn builder() -> builder::Discount {
            Default::default()
        }
    }
    ///Error body of every 4xx response.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorBody {
        ///Message of error
        pub message: ::std::string::String,
        ///The request ID; used when contacting Samsara support
        #[serde(rename = "requestId")]
        pub request_id: ::std::string::String,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///Action object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FieldAction {
        ///Identifier of the followup question that will be shown if the condition is met. Only returned when the action type is `askFollowupQuestion`.
        #[serde(
            rename = "fieldId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_id: ::std::option::Option<::std::string::String>,
        ///Identifier of the conditional section that will be shown if the condition is met. Only returned when the action type is `showSection`.
        #[serde(
            rename = "sectionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub section_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::FieldActionType,
    }
    impl FieldAction {
        pub fn builder() -> builder::FieldAction {
            Default::default()
        }
    }
    ///Forms condition object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FieldCondition {
        ///List of option IDs that will satisfy the condition if selected. For check boxes fields, the condition will be met if any of these option IDs are selected. Only returned for multiple choice or check boxes fields when the condition type is `multipleChoiceValueCondition` or `checkBoxesValueCondition`.
        #[serde(
            rename = "selectedOptionIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub selected_option_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::FieldConditionType,
    }
    impl FieldCondition {
        pub fn builder() -> builder::FieldCondition {
            Default::default()
        }
    }
    ///Forms field definition object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FieldDefinition {
        ///Indicates whether the field allows manual entry of a person. Only present for person fields.
        #[serde(
            rename = "allowManualEntry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_manual_entry: ::std::option::Option<bool>,
        ///List of allowed asset types that can be selected for this field. Only present for asset fields.
        #[serde(
            rename = "allowedAssetTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_asset_types: ::std::option::Option<
            ::std::vec::Vec<crate::generated::enums::AssetType>,
        >,
        #[serde(
            rename = "allowedDateTimeValueType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_date_time_value_type: ::std::option::Option<
            crate::generated::enums::DateTimeType,
        >,
        ///Identifier of the field that will optionally autofill the current field. Only present for fields that have been configured to be autofilled by a source media field.
        #[serde(
            rename = "autofillFromId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub autofill_from_id: ::std::option::Option<::std::string::String>,
        ///List of columns in the table field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub columns: ::std::option::Option<::std::vec::Vec<TableColumnDefinition>>,
        ///List of conditional actions.
        #[serde(
            rename = "conditionalActions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conditional_actions: ::std::option::Option<
            ::std::vec::Vec<ConditionalAction>,
        >,
        ///List of role IDs to filter org users by, representing which roles are selectable people for this field. Only present for person fields.
        #[serde(
            rename = "filterByRoleIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub filter_by_role_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Identifier of the field.
        pub id: ::std::string::String,
        ///Indicates whether the field includes drivers as selectable people. Only present for person fields.
        #[serde(
            rename = "includeDrivers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_drivers: ::std::option::Option<bool>,
        ///Indicates whether the field includes users as selectable people. Only present for person fields.
        #[serde(
            rename = "includeUsers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_users: ::std::option::Option<bool>,
        ///Indicates whether the current field is enabled to autofill other fields. Only present for media fields that have autofill enabled.
        #[serde(
            rename = "isAutofillSource",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_autofill_source: ::std::option::Option<bool>,
        ///Indicates whether the form field is required to be filled out by the user.
        #[serde(rename = "isRequired")]
        pub is_required: bool,
        ///Label of the field.
        pub label: ::std::string::String,
        ///Number of decimal places allowed. Only present for number fields.
        #[serde(
            rename = "numDecimalPlaces",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_decimal_places: ::std::option::Option<i64>,
        ///List of select options for check boxes or multiple choice fields.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<::std::vec::Vec<SelectOption>>,
        ///The maximum possible score weight for this field. For multiple choice fields, this number is the highest option score weight of the given options. For check boxes fields, this number is the sum of the score weights for all scored options. Only present for multiple choice or check boxes fields that have scoring.
        #[serde(
            rename = "questionWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_weight: ::std::option::Option<i64>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::FieldDefinitionType,
    }
    impl FieldDefinition {
        pub fn builder() -> builder::FieldDefinition {
            Default::default()
        }
    }
    ///A form subtask.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct FormSubtask {
        ///The UUID of the form submission.
        #[serde(rename = "formSubmissionUuid")]
        pub form_submission_uuid: ::std::string::String,
    }
    impl FormSubtask {
        pub fn builder() -> builder::FormSubtask {
            Default::default()
        }
    }
    ///An invoice to scan: a PDF, JPEG or PNG up to 10 MB (decoded), Base64, that creates a work order for `assetId` or is attached to the work order `workOrderId` (exactly one of the two).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InvoiceScan {
        ///Asset ID to create a new work order for the invoice. Provide either workOrderId OR assetId, but not both. If assetId is provided, a new work order will be created for that asset. If workOrderId is provided instead, the invoice will be attached to the existing work order.
        #[serde(
            rename = "assetId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub asset_id: ::std::option::Option<::std::string::String>,
        pub file: InvoiceScanFile,
        ///Work order ID to attach the invoice to an existing work order. Provide either workOrderId OR assetId, but not both. If workOrderId is provided, the invoice will be attached to the existing work order. If assetId is provided instead, a new work order will be created for that asset.
        #[serde(
            rename = "workOrderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub work_order_id: ::std::option::Option<::std::string::String>,
    }
    impl InvoiceScan {
        pub fn builder() -> builder::InvoiceScan {
            Default::default()
        }
    }
    ///Invoice file object
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InvoiceScanFile {
        ///Base64 encoded file content. Maximum decoded size: 10MB.
        #[serde(rename = "base64Content")]
        pub base64_content: ::std::string::String,
        ///MIME type of the file. Supported types: application/pdf, image/jpeg, image/png.
        #[serde(rename = "contentType")]
        pub content_type: ::std::string::String,
    }
    impl InvoiceScanFile {
        pub fn builder() -> builder::InvoiceScanFile {
            Default::default()
        }
    }
    ///The work order an invoice scan created or was attached to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InvoiceScanResponse {
        pub data: InvoiceScanResult,
    }
    impl InvoiceScanResponse {
        pub fn builder() -> builder::InvoiceScanResponse {
            Default::default()
        }
    }
    ///Invoice scan response data
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InvoiceScanResult {
        ///The work order ID that the invoice was attached to or created.
        #[serde(rename = "workOrderId")]
        pub work_order_id: ::std::string::String,
    }
    impl InvoiceScanResult {
        pub fn builder() -> builder::InvoiceScanResult {
            Default::default()
        }
    }
    ///The maintenance site (inventory location) where the work is performed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MaintenanceSite {
        ///Display name of the maintenance site.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///External identifiers for the linked Place. Populated only when the request sets `includeExternalIds=true`.
        #[serde(
            rename = "placeExternalIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_external_ids: ::std::option::Option<
            std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///ID of the Place linked to this maintenance site. Joinable against the Places API. Omitted if the maintenance site is not linked to a place.
        #[serde(
            rename = "placeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_id: ::std::option::Option<::std::string::String>,
    }
    impl MaintenanceSite {
        pub fn builder() -> builder::MaintenanceSite {
            Default::default()
        }
    }
    ///A media item in a form submission request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MediaItemInput {
        ///Base64-encoded binary content of the media.
        #[serde(rename = "base64Payload")]
        pub base64_payload: ::std::string::String,
        ///MIME type of the media.
        #[serde(rename = "mediaType")]
        pub media_type: ::std::string::String,
    }
    impl MediaItemInput {
        pub fn builder() -> builder::MediaItemInput {
            Default::default()
        }
    }
    ///Forms media record object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MediaRecord {
        ///ID of the media record.
        pub id: ::std::string::String,
        #[serde(rename = "processingStatus")]
        pub processing_status: crate::generated::enums::ProcessingStatus,
        ///URL containing a link to associated media content. Included if 'processingStatus' is 'finished'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///Expiration time of the media record 'url'. UTC timestamp in RFC 3339 format.
        #[serde(
            rename = "urlExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub url_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl MediaRecord {
        pub fn builder() -> builder::MediaRecord {
            Default::default()
        }
    }
    ///The value of a media form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MediaValue {
        ///List of forms media record objects.
        #[serde(rename = "mediaList")]
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub media_list: ::std::vec::Vec<MediaRecord>,
    }
    impl MediaValue {
        pub fn builder() -> builder::MediaValue {
            Default::default()
        }
    }
    ///The value of a media form input field. Only valid for media form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MediaValueInput {
        ///List of media items.
        #[serde(rename = "mediaList")]
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub media_list: ::std::vec::Vec<MediaItemInput>,
    }
    impl MediaValueInput {
        pub fn builder() -> builder::MediaValueInput {
            Default::default()
        }
    }
    ///A specified amount of money.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Money {
        ///Amount of the currency.
        pub amount: ::std::string::String,
        pub currency: crate::generated::enums::Currency,
    }
    impl Money {
        pub fn builder() -> builder::Money {
            Default::default()
        }
    }
    ///The value of a multiple choice form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MultipleChoiceValue {
        ///Selected option.
        pub value: ::std::string::String,
        ///ID of the selected option.
        #[serde(rename = "valueId")]
        pub value_id: ::std::string::String,
    }
    impl MultipleChoiceValue {
        pub fn builder() -> builder::MultipleChoiceValue {
            Default::default()
        }
    }
    ///The value of a multiple choice form input field. Only valid for multiple choice form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MultipleChoiceValueInput {
        #[serde(rename = "valueId")]
        pub value_id: ::std::string::String,
    }
    impl MultipleChoiceValueInput {
        pub fn builder() -> builder::MultipleChoiceValueInput {
            Default::default()
        }
    }
    ///The value of a number form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct NumberValue {
        ///Number value.
        pub value: f64,
    }
    impl NumberValue {
        pub fn builder() -> builder::NumberValue {
            Default::default()
        }
    }
    ///The value of a number form input field. Only valid for number form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct NumberValueInput {
        pub value: f64,
    }
    impl NumberValueInput {
        pub fn builder() -> builder::NumberValueInput {
            Default::default()
        }
    }
    ///Pagination parameters.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Pagination {
        ///Cursor identifier representing the last element in the response. This value should be used in conjunction with a subsequent request's 'after' query parameter. This may be an empty string if there are no more pages left to view.
        #[serde(rename = "endCursor")]
        pub end_cursor: ::std::string::String,
        ///True if there are more pages of results immediately available after this endCursor.
        #[serde(rename = "hasNextPage")]
        pub has_next_page: bool,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///Work Order Part Instance object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PartInstance {
        ///The cost of one unit of the part in cents. If not provided, the part defined cost will be used.
        #[serde(
            rename = "costCentsOverride",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cost_cents_override: ::std::option::Option<i64>,
        ///ID of the part instance.
        pub id: ::std::string::String,
        ///ID of the part definition.
        #[serde(rename = "partId")]
        pub part_id: ::std::string::String,
        ///The quantity of the part in the parts pre defined unit of measure.
        pub quantity: f64,
    }
    impl PartInstance {
        pub fn builder() -> builder::PartInstance {
            Default::default()
        }
    }
    ///Work Order Part Instance object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PartInstanceInput {
        ///The cost of one unit of the part in cents. If not provided, the part defined cost will be used.
        #[serde(
            rename = "costCentsOverride",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cost_cents_override: ::std::option::Option<i64>,
        ///ID of the part instance. Only set if updating an existing part instance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///ID of the part definition.
        #[serde(rename = "partId")]
        pub part_id: ::std::string::String,
        ///The quantity of the part in the parts pre defined unit of measure.
        pub quantity: f64,
    }
    impl PartInstanceInput {
        pub fn builder() -> builder::PartInstanceInput {
            Default::default()
        }
    }
    ///Tracked or untracked (i.e. manually entered) person object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Person {
        #[serde(rename = "entryType")]
        pub entry_type: crate::generated::enums::PersonEntryType,
        ///Name of an untracked (i.e. manually entered) person.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "polymorphicUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub polymorphic_user_id: ::std::option::Option<PolymorphicUser>,
    }
    impl Person {
        pub fn builder() -> builder::Person {
            Default::default()
        }
    }
    ///Person object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PersonInput {
        ///Samsara polymorphicUserID of the person.
        #[serde(rename = "polymorphicUserId")]
        pub polymorphic_user_id: ::std::string::String,
    }
    impl PersonInput {
        pub fn builder() -> builder::PersonInput {
            Default::default()
        }
    }
    ///The value of a person form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PersonValue {
        pub person: Person,
    }
    impl PersonValue {
        pub fn builder() -> builder::PersonValue {
            Default::default()
        }
    }
    ///The value of an person form input field. Only valid for person form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PersonValueInput {
        pub person: PersonInput,
    }
    impl PersonValueInput {
        pub fn builder() -> builder::PersonValueInput {
            Default::default()
        }
    }
    ///User or driver object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PolymorphicUser {
        ///ID of the polymorphic user.
        pub id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::UserType,
    }
    impl PolymorphicUser {
        pub fn builder() -> builder::PolymorphicUser {
            Default::default()
        }
    }
    ///A procedure subtask.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ProcedureSubtask {
        ///Whether the procedure is complete.
        #[serde(rename = "isCompleted")]
        pub is_completed: bool,
        ///The name of the procedure.
        pub name: ::std::string::String,
    }
    impl ProcedureSubtask {
        pub fn builder() -> builder::ProcedureSubtask {
            Default::default()
        }
    }
    ///A custom field of a qualification record. `type` names the kind; the value is in the one member that kind uses (`textValue`, `numberValue`, `dateTimeValue`, `multipleChoiceValue`, `checkBoxesValue`, `signatureValue`, `mediaList`, `tableValue`). Members a newer API adds (e.g. for a new kind) are kept in `additionalProperties`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationField {
        #[serde(
            rename = "checkBoxesValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub check_boxes_value: ::std::option::Option<::std::boxed::Box<CheckBoxesValue>>,
        #[serde(
            rename = "dateTimeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_time_value: ::std::option::Option<::std::boxed::Box<DateTimeValue>>,
        ///ID of the qualification input field object.
        pub id: ::std::string::String,
        ///Qualification input field label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///List of qualification media record objects.
        #[serde(
            rename = "mediaList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_list: ::std::option::Option<::std::vec::Vec<MediaRecord>>,
        #[serde(
            rename = "multipleChoiceValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub multiple_choice_value: ::std::option::Option<
            ::std::boxed::Box<MultipleChoiceValue>,
        >,
        #[serde(
            rename = "numberValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_value: ::std::option::Option<::std::boxed::Box<NumberValue>>,
        #[serde(
            rename = "signatureValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_value: ::std::option::Option<::std::boxed::Box<SignatureValue>>,
        #[serde(
            rename = "tableValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_value: ::std::option::Option<::std::boxed::Box<TableValue>>,
        #[serde(
            rename = "textValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub text_value: ::std::option::Option<::std::boxed::Box<TextValue>>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::FieldType,
        #[serde(flatten)]
        pub extra: ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Value,
        >,
    }
    impl QualificationField {
        pub fn builder() -> builder::QualificationField {
            Default::default()
        }
    }
    ///Qualification input field request body object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationFieldInput {
        #[serde(
            rename = "checkBoxesValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub check_boxes_value: ::std::option::Option<CheckBoxesValueInput>,
        #[serde(
            rename = "dateTimeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_time_value: ::std::option::Option<DateTimeValueInput>,
        ///ID of the qualification input field object.
        pub id: ::std::string::String,
        #[serde(
            rename = "mediaValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_value: ::std::option::Option<MediaValueInput>,
        #[serde(
            rename = "multipleChoiceValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub multiple_choice_value: ::std::option::Option<MultipleChoiceValueInput>,
        #[serde(
            rename = "numberValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_value: ::std::option::Option<NumberValueInput>,
        #[serde(
            rename = "signatureValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_value: ::std::option::Option<SignatureValueInput>,
        #[serde(
            rename = "tableValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_value: ::std::option::Option<TableValueInput>,
        #[serde(
            rename = "textValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub text_value: ::std::option::Option<TextValueInput>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::FieldType,
    }
    impl QualificationFieldInput {
        pub fn builder() -> builder::QualificationFieldInput {
            Default::default()
        }
    }
    ///Owner of the qualification record.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationOwner {
        #[serde(rename = "entityType")]
        pub entity_type: crate::generated::enums::EntityType,
        ///A map of external ids
        #[serde(
            rename = "externalIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_ids: ::std::option::Option<
            std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///ID of the owner (worker/asset)
        pub id: ::std::string::String,
    }
    impl QualificationOwner {
        pub fn builder() -> builder::QualificationOwner {
            Default::default()
        }
    }
    ///Owner of the qualification record.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationOwnerInput {
        #[serde(rename = "entityType")]
        pub entity_type: crate::generated::enums::EntityType,
        ///ID of the owner (worker/asset)
        pub id: ::std::string::String,
    }
    impl QualificationOwnerInput {
        pub fn builder() -> builder::QualificationOwnerInput {
            Default::default()
        }
    }
    ///Qualification Record response object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecord {
        ///Creation time. UTC timestamp in RFC 3339 format.
        #[serde(rename = "createdAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub created_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "createdBy")]
        pub created_by: PolymorphicUser,
        ///Expiration date. UTC timestamp in RFC 3339 format.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub expiration_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///A map of external ids
        #[serde(
            rename = "externalIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_ids: ::std::option::Option<
            std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///List of field inputs in a qualification record.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub fields: ::std::vec::Vec<QualificationField>,
        ///ID of the qualification record.
        pub id: ::std::string::String,
        ///Issue/effective date. UTC timestamp in RFC 3339 format.
        #[serde(rename = "issueDate")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub issue_date: ::chrono::DateTime<::chrono::offset::Utc>,
        pub owner: QualificationOwner,
        #[serde(rename = "qualificationType")]
        pub qualification_type: QualificationTypeRef,
        #[serde(rename = "recordStatus")]
        pub record_status: crate::generated::enums::RecordStatus,
        ///Last updated time. UTC timestamp in RFC 3339 format.
        #[serde(rename = "updatedAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub updated_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "updatedBy")]
        pub updated_by: PolymorphicUser,
    }
    impl QualificationRecord {
        pub fn builder() -> builder::QualificationRecord {
            Default::default()
        }
    }
    ///Qualification record fields to create. All fields defined as required in qualification type should be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordCreate {
        ///Expiration date. UTC timestamp in RFC 3339 format.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub expiration_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///A map of external ids
        #[serde(
            rename = "externalIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_ids: ::std::option::Option<
            std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///Other custom fields in a qualification record.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fields: ::std::option::Option<::std::vec::Vec<QualificationFieldInput>>,
        ///Issue/effective date. UTC timestamp in RFC 3339 format.
        #[serde(rename = "issueDate")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub issue_date: ::chrono::DateTime<::chrono::offset::Utc>,
        pub owner: QualificationOwnerInput,
        #[serde(rename = "qualificationType")]
        pub qualification_type: QualificationTypeRefInput,
    }
    impl QualificationRecordCreate {
        pub fn builder() -> builder::QualificationRecordCreate {
            Default::default()
        }
    }
    ///Qualification record ID to archive.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordIdRequest {
        ///ID of the qualification record to archive.
        pub id: ::std::string::String,
    }
    impl QualificationRecordIdRequest {
        pub fn builder() -> builder::QualificationRecordIdRequest {
            Default::default()
        }
    }
    ///`QualificationRecordList`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordList {
        ///List of qualification records.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<QualificationRecord>,
    }
    impl QualificationRecordList {
        pub fn builder() -> builder::QualificationRecordList {
            Default::default()
        }
    }
    ///`QualificationRecordPage`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordPage {
        ///List of qualification records.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<QualificationRecord>,
        pub pagination: Pagination,
    }
    impl QualificationRecordPage {
        pub fn builder() -> builder::QualificationRecordPage {
            Default::default()
        }
    }
    ///Qualification record fields to update. All fields except id are optional.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordPatch {
        ///Expiration date. UTC timestamp in RFC 3339 format. Set to '1970-01-01T00:00:00Z' to clear existing expiration date.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub expiration_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///A map of external ids
        #[serde(
            rename = "externalIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_ids: ::std::option::Option<
            std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        ///Other custom fields in a qualification record. Only set fields that needs to be updated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fields: ::std::option::Option<::std::vec::Vec<QualificationFieldInput>>,
        ///ID of the qualification record to update.
        pub id: ::std::string::String,
        ///Issue/effective date. UTC timestamp in RFC 3339 format.
        #[serde(
            rename = "issueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub issue_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<QualificationOwnerInput>,
    }
    impl QualificationRecordPatch {
        pub fn builder() -> builder::QualificationRecordPatch {
            Default::default()
        }
    }
    ///`QualificationRecordResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationRecordResponse {
        pub data: QualificationRecord,
    }
    impl QualificationRecordResponse {
        pub fn builder() -> builder::QualificationRecordResponse {
            Default::default()
        }
    }
    ///Qualification type response object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationType {
        ///Creation time of the qualification type. UTC timestamp in RFC 3339 format.
        #[serde(rename = "createdAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub created_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "createdBy")]
        pub created_by: PolymorphicUser,
        #[serde(rename = "entityType")]
        pub entity_type: crate::generated::enums::EntityType,
        ///List of fields in the qualification type.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub fields: ::std::vec::Vec<FieldDefinition>,
        ///Unique identifier of the qualification type.
        pub id: ::std::string::String,
        ///Name of the qualification type.
        pub name: ::std::string::String,
        ///Unique identifier of the qualification type revision.
        #[serde(rename = "revisionId")]
        pub revision_id: ::std::string::String,
        ///Update time of the qualification type. UTC timestamp in RFC 3339 format.
        #[serde(rename = "updatedAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub updated_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "updatedBy")]
        pub updated_by: PolymorphicUser,
    }
    impl QualificationType {
        pub fn builder() -> builder::QualificationType {
            Default::default()
        }
    }
    ///`QualificationTypePage`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationTypePage {
        ///List of qualification types.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<QualificationType>,
        pub pagination: Pagination,
    }
    impl QualificationTypePage {
        pub fn builder() -> builder::QualificationTypePage {
            Default::default()
        }
    }
    ///Qualification type (form template) reference.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationTypeRef {
        ///ID of the qualification type (template UUID)
        pub id: ::std::string::String,
        ///Name of the qualification type
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///ID of the qualification type revision (template revision UUID)
        #[serde(
            rename = "revisionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub revision_id: ::std::option::Option<::std::string::String>,
    }
    impl QualificationTypeRef {
        pub fn builder() -> builder::QualificationTypeRef {
            Default::default()
        }
    }
    ///Qualification type reference.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct QualificationTypeRefInput {
        ///ID of the qualification type
        pub id: ::std::string::String,
    }
    impl QualificationTypeRefInput {
        pub fn builder() -> builder::QualificationTypeRefInput {
            Default::default()
        }
    }
    ///Multiple choice or checkbox value option object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SelectOption {
        ///Identifier of the option.
        pub id: ::std::string::String,
        ///Indicates whether the question should be ignored from the total score if this option is selected. Returns true if a score weight was not given to this option. Only present when the select form field has scoring.
        #[serde(
            rename = "ignoreQuestionFromScoreIfSelected",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ignore_question_from_score_if_selected: ::std::option::Option<bool>,
        ///Label of the option.
        pub label: ::std::string::String,
        ///Score weight of the option, indicates number of score points received if this option is selected. Only present if the select form field has scoring.
        #[serde(
            rename = "optionScoreWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub option_score_weight: ::std::option::Option<i64>,
    }
    impl SelectOption {
        pub fn builder() -> builder::SelectOption {
            Default::default()
        }
    }
    ///A service task definition object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ServiceTaskDefinition {
        ///The category of the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///A description of the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Estimated time in minutes to complete the task.
        #[serde(
            rename = "estimatedLaborTimeMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub estimated_labor_time_minutes: ::std::option::Option<i32>,
        #[serde(
            rename = "estimatedPartsCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub estimated_parts_cost: ::std::option::Option<Money>,
        ///The unique id of the service task definition.
        pub id: ::std::string::String,
        ///The name of the service task.
        pub name: ::std::string::String,
        ///The subcategory of the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subcategory: ::std::option::Option<::std::string::String>,
    }
    impl ServiceTaskDefinition {
        pub fn builder() -> builder::ServiceTaskDefinition {
            Default::default()
        }
    }
    ///Work Order Service Task object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ServiceTaskInstance {
        ///Dashboard users assigned to the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assignees: ::std::option::Option<::std::vec::Vec<Assignee>>,
        ///ID of the service task instance.
        pub id: ::std::string::String,
        #[serde(
            rename = "laborHourlyCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub labor_hourly_cost: ::std::option::Option<Money>,
        ///The time of labor needed
        #[serde(
            rename = "laborTimeMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub labor_time_minutes: ::std::option::Option<i32>,
        ///Free-form technician notes for the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///Parts for the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parts: ::std::option::Option<::std::vec::Vec<PartInstance>>,
        #[serde(
            rename = "partsCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parts_cost: ::std::option::Option<Money>,
        ///ID of the service task.
        #[serde(rename = "serviceTaskId")]
        pub service_task_id: ::std::string::String,
        pub status: crate::generated::enums::ServiceTaskStatus,
        ///Subtasks for the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtasks: ::std::option::Option<::std::vec::Vec<Subtask>>,
        ///Technician time entries logged against this service task (GET and stream only).
        #[serde(
            rename = "timeEntries",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_entries: ::std::option::Option<::std::vec::Vec<TimeEntry>>,
    }
    impl ServiceTaskInstance {
        pub fn builder() -> builder::ServiceTaskInstance {
            Default::default()
        }
    }
    ///Work Order Service Task object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ServiceTaskInstanceInput {
        ///ID of the service task instance. Only set if updating an existing service task instance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "laborHourlyCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub labor_hourly_cost: ::std::option::Option<Money>,
        ///The time of labor needed
        #[serde(
            rename = "laborTimeMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub labor_time_minutes: ::std::option::Option<i32>,
        ///Free-form technician notes for the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notes: ::std::option::Option<::std::string::String>,
        ///Parts for the service task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parts: ::std::option::Option<::std::vec::Vec<PartInstanceInput>>,
        #[serde(
            rename = "partsCost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parts_cost: ::std::option::Option<Money>,
        ///ID of the service task.
        #[serde(rename = "serviceTaskId")]
        pub service_task_id: ::std::string::String,
        pub status: crate::generated::enums::ServiceTaskStatus,
    }
    impl ServiceTaskInstanceInput {
        pub fn builder() -> builder::ServiceTaskInstanceInput {
            Default::default()
        }
    }
    ///A page of service-task definitions.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ServiceTaskPage {
        ///Service Task Definitions
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<ServiceTaskDefinition>,
        pub pagination: Pagination,
    }
    impl ServiceTaskPage {
        pub fn builder() -> builder::ServiceTaskPage {
            Default::default()
        }
    }
    ///The value of a signature form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SignatureValue {
        pub media: MediaRecord,
    }
    impl SignatureValue {
        pub fn builder() -> builder::SignatureValue {
            Default::default()
        }
    }
    ///The value of a signature form input field. Only valid for signature form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct SignatureValueInput {
        pub media: MediaItemInput,
    }
    impl SignatureValueInput {
        pub fn builder() -> builder::SignatureValueInput {
            Default::default()
        }
    }
    ///A service task subtask. Exactly one of procedure or form is populated.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Subtask {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form: ::std::option::Option<FormSubtask>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub procedure: ::std::option::Option<ProcedureSubtask>,
    }
    impl Subtask {
        pub fn builder() -> builder::Subtask {
            Default::default()
        }
    }
    ///A cell in a table row. `type` names the kind; the value is in the member that kind uses. Members a newer API adds are kept in `additionalProperties`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableCell {
        #[serde(
            rename = "barcodeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub barcode_value: ::std::option::Option<::std::boxed::Box<BarcodeValue>>,
        #[serde(
            rename = "checkBoxesValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub check_boxes_value: ::std::option::Option<::std::boxed::Box<CheckBoxesValue>>,
        #[serde(
            rename = "dateTimeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_time_value: ::std::option::Option<::std::boxed::Box<DateTimeValue>>,
        ///Unique identifier for the cell.
        pub id: ::std::string::String,
        #[serde(
            rename = "mediaValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_value: ::std::option::Option<::std::boxed::Box<MediaValue>>,
        #[serde(
            rename = "multipleChoiceValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub multiple_choice_value: ::std::option::Option<
            ::std::boxed::Box<MultipleChoiceValue>,
        >,
        #[serde(
            rename = "numberValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_value: ::std::option::Option<::std::boxed::Box<NumberValue>>,
        #[serde(
            rename = "personValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_value: ::std::option::Option<::std::boxed::Box<PersonValue>>,
        #[serde(
            rename = "signatureValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub signature_value: ::std::option::Option<::std::boxed::Box<SignatureValue>>,
        #[serde(
            rename = "textValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub text_value: ::std::option::Option<::std::boxed::Box<TextValue>>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::TableCellType,
        #[serde(flatten)]
        pub extra: ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Value,
        >,
    }
    impl TableCell {
        pub fn builder() -> builder::TableCell {
            Default::default()
        }
    }
    ///The value of a cell in a table row.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableCellInput {
        #[serde(
            rename = "barcodeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub barcode_value: ::std::option::Option<BarcodeValueInput>,
        #[serde(
            rename = "checkBoxesValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub check_boxes_value: ::std::option::Option<CheckBoxesValueInput>,
        #[serde(
            rename = "dateTimeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub date_time_value: ::std::option::Option<DateTimeValueInput>,
        ///Unique identifier for the cell.
        pub id: ::std::string::String,
        #[serde(
            rename = "multipleChoiceValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub multiple_choice_value: ::std::option::Option<MultipleChoiceValueInput>,
        #[serde(
            rename = "numberValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_value: ::std::option::Option<NumberValueInput>,
        #[serde(
            rename = "personValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_value: ::std::option::Option<PersonValueInput>,
        #[serde(
            rename = "textValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub text_value: ::std::option::Option<TextValueInput>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::TableCellInputType,
    }
    impl TableCellInput {
        pub fn builder() -> builder::TableCellInput {
            Default::default()
        }
    }
    ///Defines a column in a table form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableColumn {
        ///Unique identifier for the column.
        pub id: ::std::string::String,
        ///Label of the column.
        pub label: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::TableCellType,
    }
    impl TableColumn {
        pub fn builder() -> builder::TableColumn {
            Default::default()
        }
    }
    ///Forms table field definition object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableColumnDefinition {
        ///Indicates whether the field allows manual entry of a person. Only present for person fields.
        #[serde(
            rename = "allowManualEntry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_manual_entry: ::std::option::Option<bool>,
        #[serde(
            rename = "allowedDateTimeValueType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_date_time_value_type: ::std::option::Option<
            crate::generated::enums::DateTimeType,
        >,
        ///List of role IDs to filter org users by, representing which roles are selectable people for this field. Only present for person fields.
        #[serde(
            rename = "filterByRoleIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub filter_by_role_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///Identifier of the field.
        pub id: ::std::string::String,
        ///Indicates whether the field includes drivers as selectable people. Only present for person fields.
        #[serde(
            rename = "includeDrivers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_drivers: ::std::option::Option<bool>,
        ///Indicates whether the field includes users as selectable people. Only present for person fields.
        #[serde(
            rename = "includeUsers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_users: ::std::option::Option<bool>,
        ///Label of the field.
        pub label: ::std::string::String,
        ///Number of decimal places allowed. Only present for number fields.
        #[serde(
            rename = "numDecimalPlaces",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_decimal_places: ::std::option::Option<i64>,
        ///List of select options for check boxes or multiple choice fields.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub options: ::std::option::Option<::std::vec::Vec<SelectOption>>,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::ColumnDefinitionType,
    }
    impl TableColumnDefinition {
        pub fn builder() -> builder::TableColumnDefinition {
            Default::default()
        }
    }
    ///Defines a row in a table form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableRow {
        ///List of cells in the row.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub cells: ::std::vec::Vec<TableCell>,
        ///Unique identifier for the row.
        pub id: ::std::string::String,
    }
    impl TableRow {
        pub fn builder() -> builder::TableRow {
            Default::default()
        }
    }
    ///The value of a row in a table form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableRowInput {
        ///List of cells in the row.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub cells: ::std::vec::Vec<TableCellInput>,
        ///Unique identifier for the row.
        pub id: ::std::string::String,
    }
    impl TableRowInput {
        pub fn builder() -> builder::TableRowInput {
            Default::default()
        }
    }
    ///The value of a table form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableValue {
        ///List of table columns.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub columns: ::std::vec::Vec<TableColumn>,
        ///List of table rows.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub rows: ::std::vec::Vec<TableRow>,
    }
    impl TableValue {
        pub fn builder() -> builder::TableValue {
            Default::default()
        }
    }
    ///The value of a table form input field. Only valid for table form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TableValueInput {
        ///List of rows in the table.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub rows: ::std::vec::Vec<TableRowInput>,
    }
    impl TableValueInput {
        pub fn builder() -> builder::TableValueInput {
            Default::default()
        }
    }
    ///How much tax is applied to a work order. Either money or basisPoints are specified. If not provided, the default tax rate will be used.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Tax {
        ///The tax in basis points. 100 basis points = 1%.
        #[serde(
            rename = "basisPoints",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub basis_points: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub money: ::std::option::Option<Money>,
    }
    impl Tax {
        pub fn builder() -> builder::Tax {
            Default::default()
        }
    }
    ///The value of a text form input field.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TextValue {
        ///Text value.
        pub value: ::std::string::String,
    }
    impl TextValue {
        pub fn builder() -> builder::TextValue {
            Default::default()
        }
    }
    ///The value of a text form input field. Only valid for text form input fields.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TextValueInput {
        pub value: ::std::string::String,
    }
    impl TextValueInput {
        pub fn builder() -> builder::TextValueInput {
            Default::default()
        }
    }
    ///A technician time entry (work session) clocked in against a service task.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct TimeEntry {
        ///Time the technician clocked in to this service task in RFC 3339 (UTC) format.
        #[serde(rename = "clockInAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub clock_in_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Time the technician clocked out of this service task in RFC 3339 (UTC) format. Null if the technician is still clocked in.
        #[serde(
            rename = "clockOutAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub clock_out_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Samsara driver ID linked to the technician who performed the work.
        #[serde(
            rename = "driverId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub driver_id: ::std::option::Option<::std::string::String>,
        ///Samsara dashboard user ID linked to the technician who performed the work.
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl TimeEntry {
        pub fn builder() -> builder::TimeEntry {
            Default::default()
        }
    }
    ///Unallocated labor from time entries not associated with any service task.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UnallocatedLabor {
        pub cost: Money,
        ///The total unallocated labor time in minutes.
        #[serde(rename = "timeMinutes")]
        pub time_minutes: i64,
    }
    impl UnallocatedLabor {
        pub fn builder() -> builder::UnallocatedLabor {
            Default::default()
        }
    }
    ///A webhook: where Samsara POSTs events of the listed types, signed with its `secretKey` (see `samsara::webhook`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Webhook {
        ///The list of custom headers that users can include with their request
        #[serde(
            rename = "customHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_headers: ::std::option::Option<::std::vec::Vec<CustomHeader>>,
        ///The list of event types associated with a particular webhook.
        #[serde(
            rename = "eventTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_types: ::std::option::Option<
            ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
        >,
        ///The ID of the webhook. This will appear in both Samsara’s cloud dashboard and the API. This is the id of the webhook. This is system generated.
        pub id: ::std::string::String,
        ///The name of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        pub name: ::std::string::String,
        #[serde(rename = "secretKey")]
        pub secret_key: crate::webhook::WebhookSecret,
        ///The url of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        pub url: ::std::string::String,
        pub version: crate::generated::enums::WebhookVersion,
    }
    impl Webhook {
        pub fn builder() -> builder::Webhook {
            Default::default()
        }
    }
    ///This is the body of the webhook POST request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookCreate {
        ///The list of custom headers that users can include with their request
        #[serde(
            rename = "customHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_headers: ::std::option::Option<::std::vec::Vec<CustomHeader>>,
        ///[beta] The list of event types associated with a particular event type
        #[serde(
            rename = "eventTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_types: ::std::option::Option<
            ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
        >,
        ///The  name of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        pub name: WebhookCreateName,
        ///The url of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        pub url: WebhookCreateUrl,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<crate::generated::enums::WebhookVersion>,
    }
    impl WebhookCreate {
        pub fn builder() -> builder::WebhookCreate {
            Default::default()
        }
    }
    ///The  name of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookCreateName(::std::string::String);
    impl ::std::ops::Deref for WebhookCreateName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookCreateName> for ::std::string::String {
        fn from(value: WebhookCreateName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookCreateName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookCreateName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookCreateName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookCreateName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The url of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookCreateUrl(::std::string::String);
    impl ::std::ops::Deref for WebhookCreateUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookCreateUrl> for ::std::string::String {
        fn from(value: WebhookCreateUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookCreateUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2047usize {
                return Err("longer than 2047 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookCreateUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookCreateUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookCreateUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A page of webhooks.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookPage {
        ///This is a list of Webhooks.
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<Webhook>,
        pub pagination: Pagination,
    }
    impl WebhookPage {
        pub fn builder() -> builder::WebhookPage {
            Default::default()
        }
    }
    ///A JSON merge patch of a webhook: members sent replace the stored ones (an array sent replaces the stored array); members left out are unchanged.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WebhookPatch {
        ///The list of custom headers that users can include with their request
        #[serde(
            rename = "customHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_headers: ::std::option::Option<::std::vec::Vec<CustomHeader>>,
        ///The  name of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<WebhookPatchName>,
        ///The url of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<WebhookPatchUrl>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<crate::generated::enums::WebhookVersion>,
    }
    impl WebhookPatch {
        pub fn builder() -> builder::WebhookPatch {
            Default::default()
        }
    }
    ///The  name of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookPatchName(::std::string::String);
    impl ::std::ops::Deref for WebhookPatchName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookPatchName> for ::std::string::String {
        fn from(value: WebhookPatchName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookPatchName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookPatchName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookPatchName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookPatchName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The url of the webhook. This will appear in both Samsara’s cloud dashboard and the API. It can be set or updated through the Samsara Dashboard or through the API at any time.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct WebhookPatchUrl(::std::string::String);
    impl ::std::ops::Deref for WebhookPatchUrl {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<WebhookPatchUrl> for ::std::string::String {
        fn from(value: WebhookPatchUrl) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for WebhookPatchUrl {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2047usize {
                return Err("longer than 2047 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for WebhookPatchUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for WebhookPatchUrl {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for WebhookPatchUrl {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A work order object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrder {
        ///The time the work order was archived in RFC 3339 format.
        #[serde(
            rename = "archivedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub archived_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The ID of the asset.
        #[serde(rename = "assetId")]
        pub asset_id: ::std::string::String,
        ///The ID of the assigned mechanic.
        #[serde(
            rename = "assignedUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assigned_user_id: ::std::option::Option<::std::string::String>,
        ///Dashboard users assigned to the work order. Only returned for organizations with multiple work order assignees enabled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assignees: ::std::option::Option<::std::vec::Vec<Assignee>>,
        ///Files attached to the work order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attachments: ::std::option::Option<::std::vec::Vec<WorkOrderAttachment>>,
        ///The category of the work order
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///Notes on the work order.
        #[serde(
            rename = "closingNotes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub closing_notes: ::std::option::Option<::std::string::String>,
        ///The time the work order was completed in RFC 3339 format.
        #[serde(
            rename = "completedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub completed_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The time the work order was created in RFC 3339 format.
        #[serde(rename = "createdAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub created_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The ID of the creator of the work order.
        #[serde(
            rename = "createdByUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by_user_id: ::std::option::Option<::std::string::String>,
        ///A description of what needs to be fixed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
        ///The due date of the work order in RFC 3339 format.
        #[serde(
            rename = "dueAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub due_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The engine hours at the time of the work order.
        #[serde(
            rename = "engineHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_hours: ::std::option::Option<i64>,
        ///The unique id of the work order.
        pub id: ::std::string::String,
        ///The invoice number for the work order.
        #[serde(
            rename = "invoiceNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        ///Items related to the work order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<WorkOrderItem>>,
        #[serde(
            rename = "maintenanceSite",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub maintenance_site: ::std::option::Option<MaintenanceSite>,
        ///The odometer reading at the time of the work order.
        #[serde(
            rename = "odometerMeters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odometer_meters: ::std::option::Option<i64>,
        ///The purchase order number for the work order.
        #[serde(
            rename = "poNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub po_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
        ///Service Tasks for the work order.
        #[serde(
            rename = "serviceTaskInstances",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_task_instances: ::std::option::Option<
            ::std::vec::Vec<ServiceTaskInstance>,
        >,
        ///The time work started on the work order, in RFC 3339 format.
        #[serde(
            rename = "startedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub started_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        pub status: crate::generated::enums::WorkOrderStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Tax>,
        #[serde(
            rename = "unallocatedLabor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unallocated_labor: ::std::option::Option<UnallocatedLabor>,
        ///The time the work order was last updated in RFC 3339 format.
        #[serde(rename = "updatedAtTime")]
        #[serde(deserialize_with = "crate::model::time::deserialize")]
        pub updated_at_time: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The vendor UUID for the work order.
        #[serde(
            rename = "vendorUuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vendor_uuid: ::std::option::Option<::std::string::String>,
        ///IDs of the work order template(s) this work order was created from. May include templates that have since been deleted.
        #[serde(
            rename = "workOrderTemplateIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub work_order_template_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
    }
    impl WorkOrder {
        pub fn builder() -> builder::WorkOrder {
            Default::default()
        }
    }
    ///Work Order Attachment object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderAttachment {
        ///ID of the media record.
        pub id: ::std::string::String,
        #[serde(rename = "processingStatus")]
        pub processing_status: crate::generated::enums::ProcessingStatus,
        ///URL containing a link to associated media content. Included if 'processingStatus' is 'finished'.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        ///Expiration time of the media record 'url'. UTC timestamp in RFC 3339 format.
        #[serde(
            rename = "urlExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub url_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl WorkOrderAttachment {
        pub fn builder() -> builder::WorkOrderAttachment {
            Default::default()
        }
    }
    ///Work Order Request
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderCreate {
        ///The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.
        #[serde(
            rename = "archivedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub archived_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "assetId")]
        pub asset_id: crate::external_id::IdRef,
        ///The ID of the assigned mechanic.
        #[serde(
            rename = "assignedUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assigned_user_id: ::std::option::Option<::std::string::String>,
        ///The category of the work order
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.
        #[serde(
            rename = "completedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub completed_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///A description of what needs to be fixed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
        ///The due date of the work order in RFC 3339 format.
        #[serde(
            rename = "dueAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub due_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The engine hours at the time of the work order. Will default to current asset reading if unset.
        #[serde(
            rename = "engineHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_hours: ::std::option::Option<i64>,
        ///The invoice number for the work order.
        #[serde(
            rename = "invoiceNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        ///Items related to the work order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<WorkOrderItem>>,
        ///The odometer reading at the time of the work order. Will default to current asset reading if unset.
        #[serde(
            rename = "odometerMeters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odometer_meters: ::std::option::Option<i64>,
        #[serde(
            rename = "placeExternalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_external_id: ::std::option::Option<crate::external_id::ExternalId>,
        ///ID of the Place where the work is performed; it must be linked to a maintenance site. Mutually exclusive with `placeExternalId`.
        #[serde(
            rename = "placeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_id: ::std::option::Option<::std::string::String>,
        ///The purchase order number for the work order.
        #[serde(
            rename = "poNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub po_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
        ///Service Tasks for the work order.
        #[serde(
            rename = "serviceTaskInstances",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_task_instances: ::std::option::Option<
            ::std::vec::Vec<ServiceTaskInstanceInput>,
        >,
        ///The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.
        #[serde(
            rename = "startedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub started_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Tax>,
        ///The vendor UUID for the work order.
        #[serde(
            rename = "vendorUuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vendor_uuid: ::std::option::Option<::std::string::String>,
    }
    impl WorkOrderCreate {
        pub fn builder() -> builder::WorkOrderCreate {
            Default::default()
        }
    }
    ///Work Order Related Item object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderItem {
        ///ID of the item.
        pub id: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::generated::enums::WorkOrderItemType,
    }
    impl WorkOrderItem {
        pub fn builder() -> builder::WorkOrderItem {
            Default::default()
        }
    }
    ///`WorkOrderPage`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderPage {
        ///Work Orders
        #[serde(default, deserialize_with = "crate::model::lists::null_as_default")]
        pub data: ::std::vec::Vec<WorkOrder>,
        pub pagination: Pagination,
    }
    impl WorkOrderPage {
        pub fn builder() -> builder::WorkOrderPage {
            Default::default()
        }
    }
    ///Work Order Request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderPatch {
        ///The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.
        #[serde(
            rename = "archivedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub archived_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The ID of the assigned mechanic.
        #[serde(
            rename = "assignedUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub assigned_user_id: ::std::option::Option<::std::string::String>,
        ///The category of the work order
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///Notes on the work order.
        #[serde(
            rename = "closingNotes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub closing_notes: ::std::option::Option<::std::string::String>,
        ///The time the work order was completed in RFC 3339 format. Is automatically set when the status changes and this field is not provided.
        #[serde(
            rename = "completedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub completed_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///A description of what needs to be fixed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
        ///The due date of the work order in RFC 3339 format.
        #[serde(
            rename = "dueAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub due_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The engine hours at the time of the work order. Will default to current asset reading if unset.
        #[serde(
            rename = "engineHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engine_hours: ::std::option::Option<i64>,
        ///The unique id of the work order.
        pub id: ::std::string::String,
        ///The invoice number for the work order.
        #[serde(
            rename = "invoiceNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_number: ::std::option::Option<::std::string::String>,
        ///Items related to the work order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<::std::vec::Vec<WorkOrderItem>>,
        ///The odometer reading at the time of the work order. Will default to current asset reading if unset.
        #[serde(
            rename = "odometerMeters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odometer_meters: ::std::option::Option<i64>,
        #[serde(
            rename = "placeExternalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_external_id: ::std::option::Option<crate::external_id::ExternalId>,
        ///ID of the Place where the work is performed; it must be linked to a maintenance site. Mutually exclusive with `placeExternalId`. Send an empty string to clear the maintenance site.
        #[serde(
            rename = "placeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_id: ::std::option::Option<::std::string::String>,
        ///The purchase order number for the work order.
        #[serde(
            rename = "poNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub po_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
        ///Service Tasks for the work order.
        #[serde(
            rename = "serviceTaskInstances",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_task_instances: ::std::option::Option<
            ::std::vec::Vec<ServiceTaskInstanceInput>,
        >,
        ///The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.
        #[serde(
            rename = "startedAtTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default, deserialize_with = "crate::model::time::deserialize_option")]
        pub started_at_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax: ::std::option::Option<Tax>,
        ///The vendor UUID for the work order.
        #[serde(
            rename = "vendorUuid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vendor_uuid: ::std::option::Option<::std::string::String>,
    }
    impl WorkOrderPatch {
        pub fn builder() -> builder::WorkOrderPatch {
            Default::default()
        }
    }
    ///`WorkOrderResponse`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct WorkOrderResponse {
        pub data: WorkOrder,
    }
    impl WorkOrderResponse {
        pub fn builder() -> builder::WorkOrderResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Assignee {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Assignee {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Assignee {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Assignee> for super::Assignee {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Assignee,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::Assignee> for Assignee {
            fn from(value: super::Assignee) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Barcode {
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Barcode {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl Barcode {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Barcode> for super::Barcode {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Barcode,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::Barcode> for Barcode {
            fn from(value: super::Barcode) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BarcodeInput {
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BarcodeInput {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl BarcodeInput {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BarcodeInput> for super::BarcodeInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BarcodeInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::BarcodeInput> for BarcodeInput {
            fn from(value: super::BarcodeInput) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BarcodeValue {
            barcodes: ::std::result::Result<
                ::std::vec::Vec<super::Barcode>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BarcodeValue {
            fn default() -> Self {
                Self {
                    barcodes: Err("no value supplied for barcodes".to_string()),
                }
            }
        }
        impl BarcodeValue {
            pub fn barcodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Barcode>>,
                T::Error: ::std::fmt::Display,
            {
                self.barcodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for barcodes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BarcodeValue> for super::BarcodeValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BarcodeValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { barcodes: value.barcodes? })
            }
        }
        impl ::std::convert::From<super::BarcodeValue> for BarcodeValue {
            fn from(value: super::BarcodeValue) -> Self {
                Self {
                    barcodes: Ok(value.barcodes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BarcodeValueInput {
            barcodes: ::std::result::Result<
                ::std::vec::Vec<super::BarcodeInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BarcodeValueInput {
            fn default() -> Self {
                Self {
                    barcodes: Err("no value supplied for barcodes".to_string()),
                }
            }
        }
        impl BarcodeValueInput {
            pub fn barcodes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BarcodeInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.barcodes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for barcodes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BarcodeValueInput> for super::BarcodeValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BarcodeValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { barcodes: value.barcodes? })
            }
        }
        impl ::std::convert::From<super::BarcodeValueInput> for BarcodeValueInput {
            fn from(value: super::BarcodeValueInput) -> Self {
                Self {
                    barcodes: Ok(value.barcodes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckBoxesValue {
            value: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            value_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckBoxesValue {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                    value_ids: Err("no value supplied for value_ids".to_string()),
                }
            }
        }
        impl CheckBoxesValue {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn value_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckBoxesValue> for super::CheckBoxesValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckBoxesValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    value: value.value?,
                    value_ids: value.value_ids?,
                })
            }
        }
        impl ::std::convert::From<super::CheckBoxesValue> for CheckBoxesValue {
            fn from(value: super::CheckBoxesValue) -> Self {
                Self {
                    value: Ok(value.value),
                    value_ids: Ok(value.value_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckBoxesValueInput {
            value_ids: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckBoxesValueInput {
            fn default() -> Self {
                Self {
                    value_ids: Err("no value supplied for value_ids".to_string()),
                }
            }
        }
        impl CheckBoxesValueInput {
            pub fn value_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_ids: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CheckBoxesValueInput>
        for super::CheckBoxesValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckBoxesValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    value_ids: value.value_ids?,
                })
            }
        }
        impl ::std::convert::From<super::CheckBoxesValueInput> for CheckBoxesValueInput {
            fn from(value: super::CheckBoxesValueInput) -> Self {
                Self {
                    value_ids: Ok(value.value_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConditionalAction {
            actions: ::std::result::Result<
                ::std::vec::Vec<super::FieldAction>,
                ::std::string::String,
            >,
            condition: ::std::result::Result<
                super::FieldCondition,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConditionalAction {
            fn default() -> Self {
                Self {
                    actions: Err("no value supplied for actions".to_string()),
                    condition: Err("no value supplied for condition".to_string()),
                }
            }
        }
        impl ConditionalAction {
            pub fn actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldAction>>,
                T::Error: ::std::fmt::Display,
            {
                self.actions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for actions: {e}")
                    });
                self
            }
            pub fn condition<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::FieldCondition>,
                T::Error: ::std::fmt::Display,
            {
                self.condition = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for condition: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConditionalAction> for super::ConditionalAction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConditionalAction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actions: value.actions?,
                    condition: value.condition?,
                })
            }
        }
        impl ::std::convert::From<super::ConditionalAction> for ConditionalAction {
            fn from(value: super::ConditionalAction) -> Self {
                Self {
                    actions: Ok(value.actions),
                    condition: Ok(value.condition),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomHeader {
            key: ::std::result::Result<super::CustomHeaderKey, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomHeader {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl CustomHeader {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomHeaderKey>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomHeader> for super::CustomHeader {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomHeader,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CustomHeader> for CustomHeader {
            fn from(value: super::CustomHeader) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DateTimeValue {
            date_value: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::DateTimeType,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DateTimeValue {
            fn default() -> Self {
                Self {
                    date_value: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl DateTimeValue {
            pub fn date_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for date_value: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::DateTimeType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DateTimeValue> for super::DateTimeValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DateTimeValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    date_value: value.date_value?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::DateTimeValue> for DateTimeValue {
            fn from(value: super::DateTimeValue) -> Self {
                Self {
                    date_value: Ok(value.date_value),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DateTimeValueInput {
            value: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DateTimeValueInput {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl DateTimeValueInput {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DateTimeValueInput> for super::DateTimeValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DateTimeValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::DateTimeValueInput> for DateTimeValueInput {
            fn from(value: super::DateTimeValueInput) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Discount {
            basis_points: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            money: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Discount {
            fn default() -> Self {
                Self {
                    basis_points: Ok(Default::default()),
                    money: Ok(Default::default()),
                }
            }
        }
        impl Discount {
            pub fn basis_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.basis_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basis_points: {e}")
                    });
                self
            }
            pub fn money<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.money = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for money: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Discount> for super::Discount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Discount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    basis_points: value.basis_points?,
                    money: value.money?,
                })
            }
        }
        impl ::std::convert::From<super::Discount> for Discount {
            fn from(value: super::Discount) -> Self {
                Self {
                    basis_points: Ok(value.basis_points),
                    money: Ok(value.money),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    request_id: Err("no value supplied for request_id".to_string()),
                }
            }
        }
        impl ErrorBody {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldAction {
            field_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            section_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::FieldActionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FieldAction {
            fn default() -> Self {
                Self {
                    field_id: Ok(Default::default()),
                    section_id: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FieldAction {
            pub fn field_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field_id: {e}")
                    });
                self
            }
            pub fn section_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.section_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for section_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::FieldActionType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldAction> for super::FieldAction {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldAction,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    field_id: value.field_id?,
                    section_id: value.section_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FieldAction> for FieldAction {
            fn from(value: super::FieldAction) -> Self {
                Self {
                    field_id: Ok(value.field_id),
                    section_id: Ok(value.section_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldCondition {
            selected_option_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::FieldConditionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FieldCondition {
            fn default() -> Self {
                Self {
                    selected_option_ids: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FieldCondition {
            pub fn selected_option_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.selected_option_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for selected_option_ids: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::FieldConditionType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldCondition> for super::FieldCondition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldCondition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    selected_option_ids: value.selected_option_ids?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FieldCondition> for FieldCondition {
            fn from(value: super::FieldCondition) -> Self {
                Self {
                    selected_option_ids: Ok(value.selected_option_ids),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldDefinition {
            allow_manual_entry: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allowed_asset_types: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<crate::generated::enums::AssetType>,
                >,
                ::std::string::String,
            >,
            allowed_date_time_value_type: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::DateTimeType>,
                ::std::string::String,
            >,
            autofill_from_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            columns: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::TableColumnDefinition>>,
                ::std::string::String,
            >,
            conditional_actions: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ConditionalAction>>,
                ::std::string::String,
            >,
            filter_by_role_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            include_drivers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            include_users: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_autofill_source: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_required: ::std::result::Result<bool, ::std::string::String>,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            num_decimal_places: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::SelectOption>>,
                ::std::string::String,
            >,
            question_weight: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::FieldDefinitionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FieldDefinition {
            fn default() -> Self {
                Self {
                    allow_manual_entry: Ok(Default::default()),
                    allowed_asset_types: Ok(Default::default()),
                    allowed_date_time_value_type: Ok(Default::default()),
                    autofill_from_id: Ok(Default::default()),
                    columns: Ok(Default::default()),
                    conditional_actions: Ok(Default::default()),
                    filter_by_role_ids: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    include_drivers: Ok(Default::default()),
                    include_users: Ok(Default::default()),
                    is_autofill_source: Ok(Default::default()),
                    is_required: Err("no value supplied for is_required".to_string()),
                    label: Err("no value supplied for label".to_string()),
                    num_decimal_places: Ok(Default::default()),
                    options: Ok(Default::default()),
                    question_weight: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl FieldDefinition {
            pub fn allow_manual_entry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_manual_entry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_manual_entry: {e}"
                        )
                    });
                self
            }
            pub fn allowed_asset_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<crate::generated::enums::AssetType>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_asset_types = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allowed_asset_types: {e}"
                        )
                    });
                self
            }
            pub fn allowed_date_time_value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::DateTimeType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_date_time_value_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allowed_date_time_value_type: {e}"
                        )
                    });
                self
            }
            pub fn autofill_from_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.autofill_from_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for autofill_from_id: {e}"
                        )
                    });
                self
            }
            pub fn columns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::TableColumnDefinition>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.columns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for columns: {e}")
                    });
                self
            }
            pub fn conditional_actions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ConditionalAction>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.conditional_actions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conditional_actions: {e}"
                        )
                    });
                self
            }
            pub fn filter_by_role_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.filter_by_role_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for filter_by_role_ids: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn include_drivers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_drivers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_drivers: {e}"
                        )
                    });
                self
            }
            pub fn include_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for include_users: {e}")
                    });
                self
            }
            pub fn is_autofill_source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_autofill_source = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_autofill_source: {e}"
                        )
                    });
                self
            }
            pub fn is_required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_required: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn num_decimal_places<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_decimal_places = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for num_decimal_places: {e}"
                        )
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::SelectOption>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn question_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.question_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for question_weight: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::FieldDefinitionType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldDefinition> for super::FieldDefinition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldDefinition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_manual_entry: value.allow_manual_entry?,
                    allowed_asset_types: value.allowed_asset_types?,
                    allowed_date_time_value_type: value.allowed_date_time_value_type?,
                    autofill_from_id: value.autofill_from_id?,
                    columns: value.columns?,
                    conditional_actions: value.conditional_actions?,
                    filter_by_role_ids: value.filter_by_role_ids?,
                    id: value.id?,
                    include_drivers: value.include_drivers?,
                    include_users: value.include_users?,
                    is_autofill_source: value.is_autofill_source?,
                    is_required: value.is_required?,
                    label: value.label?,
                    num_decimal_places: value.num_decimal_places?,
                    options: value.options?,
                    question_weight: value.question_weight?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::FieldDefinition> for FieldDefinition {
            fn from(value: super::FieldDefinition) -> Self {
                Self {
                    allow_manual_entry: Ok(value.allow_manual_entry),
                    allowed_asset_types: Ok(value.allowed_asset_types),
                    allowed_date_time_value_type: Ok(value.allowed_date_time_value_type),
                    autofill_from_id: Ok(value.autofill_from_id),
                    columns: Ok(value.columns),
                    conditional_actions: Ok(value.conditional_actions),
                    filter_by_role_ids: Ok(value.filter_by_role_ids),
                    id: Ok(value.id),
                    include_drivers: Ok(value.include_drivers),
                    include_users: Ok(value.include_users),
                    is_autofill_source: Ok(value.is_autofill_source),
                    is_required: Ok(value.is_required),
                    label: Ok(value.label),
                    num_decimal_places: Ok(value.num_decimal_places),
                    options: Ok(value.options),
                    question_weight: Ok(value.question_weight),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FormSubtask {
            form_submission_uuid: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FormSubtask {
            fn default() -> Self {
                Self {
                    form_submission_uuid: Err(
                        "no value supplied for form_submission_uuid".to_string(),
                    ),
                }
            }
        }
        impl FormSubtask {
            pub fn form_submission_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.form_submission_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for form_submission_uuid: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FormSubtask> for super::FormSubtask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FormSubtask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form_submission_uuid: value.form_submission_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::FormSubtask> for FormSubtask {
            fn from(value: super::FormSubtask) -> Self {
                Self {
                    form_submission_uuid: Ok(value.form_submission_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceScan {
            asset_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file: ::std::result::Result<super::InvoiceScanFile, ::std::string::String>,
            work_order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceScan {
            fn default() -> Self {
                Self {
                    asset_id: Ok(Default::default()),
                    file: Err("no value supplied for file".to_string()),
                    work_order_id: Ok(Default::default()),
                }
            }
        }
        impl InvoiceScan {
            pub fn asset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.asset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asset_id: {e}")
                    });
                self
            }
            pub fn file<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InvoiceScanFile>,
                T::Error: ::std::fmt::Display,
            {
                self.file = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file: {e}")
                    });
                self
            }
            pub fn work_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.work_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for work_order_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceScan> for super::InvoiceScan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceScan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    asset_id: value.asset_id?,
                    file: value.file?,
                    work_order_id: value.work_order_id?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceScan> for InvoiceScan {
            fn from(value: super::InvoiceScan) -> Self {
                Self {
                    asset_id: Ok(value.asset_id),
                    file: Ok(value.file),
                    work_order_id: Ok(value.work_order_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceScanFile {
            base64_content: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            content_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceScanFile {
            fn default() -> Self {
                Self {
                    base64_content: Err(
                        "no value supplied for base64_content".to_string(),
                    ),
                    content_type: Err("no value supplied for content_type".to_string()),
                }
            }
        }
        impl InvoiceScanFile {
            pub fn base64_content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.base64_content = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for base64_content: {e}"
                        )
                    });
                self
            }
            pub fn content_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceScanFile> for super::InvoiceScanFile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceScanFile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base64_content: value.base64_content?,
                    content_type: value.content_type?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceScanFile> for InvoiceScanFile {
            fn from(value: super::InvoiceScanFile) -> Self {
                Self {
                    base64_content: Ok(value.base64_content),
                    content_type: Ok(value.content_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceScanResponse {
            data: ::std::result::Result<super::InvoiceScanResult, ::std::string::String>,
        }
        impl ::std::default::Default for InvoiceScanResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl InvoiceScanResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InvoiceScanResult>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceScanResponse>
        for super::InvoiceScanResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceScanResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::InvoiceScanResponse> for InvoiceScanResponse {
            fn from(value: super::InvoiceScanResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceScanResult {
            work_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceScanResult {
            fn default() -> Self {
                Self {
                    work_order_id: Err("no value supplied for work_order_id".to_string()),
                }
            }
        }
        impl InvoiceScanResult {
            pub fn work_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.work_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for work_order_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceScanResult> for super::InvoiceScanResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceScanResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    work_order_id: value.work_order_id?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceScanResult> for InvoiceScanResult {
            fn from(value: super::InvoiceScanResult) -> Self {
                Self {
                    work_order_id: Ok(value.work_order_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MaintenanceSite {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            place_external_ids: ::std::result::Result<
                ::std::option::Option<
                    std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            place_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MaintenanceSite {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                    place_external_ids: Ok(Default::default()),
                    place_id: Ok(Default::default()),
                }
            }
        }
        impl MaintenanceSite {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn place_external_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.place_external_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for place_external_ids: {e}"
                        )
                    });
                self
            }
            pub fn place_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.place_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MaintenanceSite> for super::MaintenanceSite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MaintenanceSite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    place_external_ids: value.place_external_ids?,
                    place_id: value.place_id?,
                })
            }
        }
        impl ::std::convert::From<super::MaintenanceSite> for MaintenanceSite {
            fn from(value: super::MaintenanceSite) -> Self {
                Self {
                    name: Ok(value.name),
                    place_external_ids: Ok(value.place_external_ids),
                    place_id: Ok(value.place_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaItemInput {
            base64_payload: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            media_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaItemInput {
            fn default() -> Self {
                Self {
                    base64_payload: Err(
                        "no value supplied for base64_payload".to_string(),
                    ),
                    media_type: Err("no value supplied for media_type".to_string()),
                }
            }
        }
        impl MediaItemInput {
            pub fn base64_payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.base64_payload = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for base64_payload: {e}"
                        )
                    });
                self
            }
            pub fn media_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.media_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaItemInput> for super::MediaItemInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaItemInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base64_payload: value.base64_payload?,
                    media_type: value.media_type?,
                })
            }
        }
        impl ::std::convert::From<super::MediaItemInput> for MediaItemInput {
            fn from(value: super::MediaItemInput) -> Self {
                Self {
                    base64_payload: Ok(value.base64_payload),
                    media_type: Ok(value.media_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaRecord {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            processing_status: ::std::result::Result<
                crate::generated::enums::ProcessingStatus,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaRecord {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    processing_status: Err(
                        "no value supplied for processing_status".to_string(),
                    ),
                    url: Ok(Default::default()),
                    url_expires_at: Ok(Default::default()),
                }
            }
        }
        impl MediaRecord {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn processing_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::ProcessingStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.processing_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_status: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn url_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.url_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for url_expires_at: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaRecord> for super::MediaRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    processing_status: value.processing_status?,
                    url: value.url?,
                    url_expires_at: value.url_expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::MediaRecord> for MediaRecord {
            fn from(value: super::MediaRecord) -> Self {
                Self {
                    id: Ok(value.id),
                    processing_status: Ok(value.processing_status),
                    url: Ok(value.url),
                    url_expires_at: Ok(value.url_expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaValue {
            media_list: ::std::result::Result<
                ::std::vec::Vec<super::MediaRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaValue {
            fn default() -> Self {
                Self {
                    media_list: Err("no value supplied for media_list".to_string()),
                }
            }
        }
        impl MediaValue {
            pub fn media_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MediaRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaValue> for super::MediaValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media_list: value.media_list?,
                })
            }
        }
        impl ::std::convert::From<super::MediaValue> for MediaValue {
            fn from(value: super::MediaValue) -> Self {
                Self {
                    media_list: Ok(value.media_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MediaValueInput {
            media_list: ::std::result::Result<
                ::std::vec::Vec<super::MediaItemInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MediaValueInput {
            fn default() -> Self {
                Self {
                    media_list: Err("no value supplied for media_list".to_string()),
                }
            }
        }
        impl MediaValueInput {
            pub fn media_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MediaItemInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_list: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MediaValueInput> for super::MediaValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MediaValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    media_list: value.media_list?,
                })
            }
        }
        impl ::std::convert::From<super::MediaValueInput> for MediaValueInput {
            fn from(value: super::MediaValueInput) -> Self {
                Self {
                    media_list: Ok(value.media_list),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Money {
            amount: ::std::result::Result<::std::string::String, ::std::string::String>,
            currency: ::std::result::Result<
                crate::generated::enums::Currency,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Money {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Err("no value supplied for currency".to_string()),
                }
            }
        }
        impl Money {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Money> for super::Money {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Money,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                })
            }
        }
        impl ::std::convert::From<super::Money> for Money {
            fn from(value: super::Money) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MultipleChoiceValue {
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
            value_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MultipleChoiceValue {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                    value_id: Err("no value supplied for value_id".to_string()),
                }
            }
        }
        impl MultipleChoiceValue {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
            pub fn value_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MultipleChoiceValue>
        for super::MultipleChoiceValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MultipleChoiceValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    value: value.value?,
                    value_id: value.value_id?,
                })
            }
        }
        impl ::std::convert::From<super::MultipleChoiceValue> for MultipleChoiceValue {
            fn from(value: super::MultipleChoiceValue) -> Self {
                Self {
                    value: Ok(value.value),
                    value_id: Ok(value.value_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MultipleChoiceValueInput {
            value_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MultipleChoiceValueInput {
            fn default() -> Self {
                Self {
                    value_id: Err("no value supplied for value_id".to_string()),
                }
            }
        }
        impl MultipleChoiceValueInput {
            pub fn value_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MultipleChoiceValueInput>
        for super::MultipleChoiceValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MultipleChoiceValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value_id: value.value_id? })
            }
        }
        impl ::std::convert::From<super::MultipleChoiceValueInput>
        for MultipleChoiceValueInput {
            fn from(value: super::MultipleChoiceValueInput) -> Self {
                Self {
                    value_id: Ok(value.value_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NumberValue {
            value: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for NumberValue {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl NumberValue {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NumberValue> for super::NumberValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NumberValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::NumberValue> for NumberValue {
            fn from(value: super::NumberValue) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NumberValueInput {
            value: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for NumberValueInput {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl NumberValueInput {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NumberValueInput> for super::NumberValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NumberValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::NumberValueInput> for NumberValueInput {
            fn from(value: super::NumberValueInput) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pagination {
            end_cursor: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for Pagination {
            fn default() -> Self {
                Self {
                    end_cursor: Err("no value supplied for end_cursor".to_string()),
                    has_next_page: Err("no value supplied for has_next_page".to_string()),
                }
            }
        }
        impl Pagination {
            pub fn end_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.end_cursor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_cursor: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pagination> for super::Pagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_cursor: value.end_cursor?,
                    has_next_page: value.has_next_page?,
                })
            }
        }
        impl ::std::convert::From<super::Pagination> for Pagination {
            fn from(value: super::Pagination) -> Self {
                Self {
                    end_cursor: Ok(value.end_cursor),
                    has_next_page: Ok(value.has_next_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartInstance {
            cost_cents_override: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            part_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            quantity: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for PartInstance {
            fn default() -> Self {
                Self {
                    cost_cents_override: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    part_id: Err("no value supplied for part_id".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                }
            }
        }
        impl PartInstance {
            pub fn cost_cents_override<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_cents_override = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cost_cents_override: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn part_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.part_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for part_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartInstance> for super::PartInstance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartInstance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost_cents_override: value.cost_cents_override?,
                    id: value.id?,
                    part_id: value.part_id?,
                    quantity: value.quantity?,
                })
            }
        }
        impl ::std::convert::From<super::PartInstance> for PartInstance {
            fn from(value: super::PartInstance) -> Self {
                Self {
                    cost_cents_override: Ok(value.cost_cents_override),
                    id: Ok(value.id),
                    part_id: Ok(value.part_id),
                    quantity: Ok(value.quantity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartInstanceInput {
            cost_cents_override: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            part_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            quantity: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for PartInstanceInput {
            fn default() -> Self {
                Self {
                    cost_cents_override: Ok(Default::default()),
                    id: Ok(Default::default()),
                    part_id: Err("no value supplied for part_id".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                }
            }
        }
        impl PartInstanceInput {
            pub fn cost_cents_override<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cost_cents_override = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cost_cents_override: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn part_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.part_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for part_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartInstanceInput> for super::PartInstanceInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartInstanceInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost_cents_override: value.cost_cents_override?,
                    id: value.id?,
                    part_id: value.part_id?,
                    quantity: value.quantity?,
                })
            }
        }
        impl ::std::convert::From<super::PartInstanceInput> for PartInstanceInput {
            fn from(value: super::PartInstanceInput) -> Self {
                Self {
                    cost_cents_override: Ok(value.cost_cents_override),
                    id: Ok(value.id),
                    part_id: Ok(value.part_id),
                    quantity: Ok(value.quantity),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Person {
            entry_type: ::std::result::Result<
                crate::generated::enums::PersonEntryType,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            polymorphic_user_id: ::std::result::Result<
                ::std::option::Option<super::PolymorphicUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Person {
            fn default() -> Self {
                Self {
                    entry_type: Err("no value supplied for entry_type".to_string()),
                    name: Ok(Default::default()),
                    polymorphic_user_id: Ok(Default::default()),
                }
            }
        }
        impl Person {
            pub fn entry_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::PersonEntryType>,
                T::Error: ::std::fmt::Display,
            {
                self.entry_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entry_type: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn polymorphic_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PolymorphicUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.polymorphic_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for polymorphic_user_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Person> for super::Person {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Person,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entry_type: value.entry_type?,
                    name: value.name?,
                    polymorphic_user_id: value.polymorphic_user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Person> for Person {
            fn from(value: super::Person) -> Self {
                Self {
                    entry_type: Ok(value.entry_type),
                    name: Ok(value.name),
                    polymorphic_user_id: Ok(value.polymorphic_user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonInput {
            polymorphic_user_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PersonInput {
            fn default() -> Self {
                Self {
                    polymorphic_user_id: Err(
                        "no value supplied for polymorphic_user_id".to_string(),
                    ),
                }
            }
        }
        impl PersonInput {
            pub fn polymorphic_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.polymorphic_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for polymorphic_user_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonInput> for super::PersonInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    polymorphic_user_id: value.polymorphic_user_id?,
                })
            }
        }
        impl ::std::convert::From<super::PersonInput> for PersonInput {
            fn from(value: super::PersonInput) -> Self {
                Self {
                    polymorphic_user_id: Ok(value.polymorphic_user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonValue {
            person: ::std::result::Result<super::Person, ::std::string::String>,
        }
        impl ::std::default::Default for PersonValue {
            fn default() -> Self {
                Self {
                    person: Err("no value supplied for person".to_string()),
                }
            }
        }
        impl PersonValue {
            pub fn person<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Person>,
                T::Error: ::std::fmt::Display,
            {
                self.person = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonValue> for super::PersonValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { person: value.person? })
            }
        }
        impl ::std::convert::From<super::PersonValue> for PersonValue {
            fn from(value: super::PersonValue) -> Self {
                Self { person: Ok(value.person) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonValueInput {
            person: ::std::result::Result<super::PersonInput, ::std::string::String>,
        }
        impl ::std::default::Default for PersonValueInput {
            fn default() -> Self {
                Self {
                    person: Err("no value supplied for person".to_string()),
                }
            }
        }
        impl PersonValueInput {
            pub fn person<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PersonInput>,
                T::Error: ::std::fmt::Display,
            {
                self.person = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonValueInput> for super::PersonValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { person: value.person? })
            }
        }
        impl ::std::convert::From<super::PersonValueInput> for PersonValueInput {
            fn from(value: super::PersonValueInput) -> Self {
                Self { person: Ok(value.person) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PolymorphicUser {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::generated::enums::UserType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PolymorphicUser {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl PolymorphicUser {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::UserType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PolymorphicUser> for super::PolymorphicUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PolymorphicUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::PolymorphicUser> for PolymorphicUser {
            fn from(value: super::PolymorphicUser) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProcedureSubtask {
            is_completed: ::std::result::Result<bool, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProcedureSubtask {
            fn default() -> Self {
                Self {
                    is_completed: Err("no value supplied for is_completed".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl ProcedureSubtask {
            pub fn is_completed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_completed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_completed: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProcedureSubtask> for super::ProcedureSubtask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProcedureSubtask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_completed: value.is_completed?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ProcedureSubtask> for ProcedureSubtask {
            fn from(value: super::ProcedureSubtask) -> Self {
                Self {
                    is_completed: Ok(value.is_completed),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationField {
            check_boxes_value: ::std::result::Result<
                ::std::option::Option<super::CheckBoxesValue>,
                ::std::string::String,
            >,
            date_time_value: ::std::result::Result<
                ::std::option::Option<super::DateTimeValue>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media_list: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::MediaRecord>>,
                ::std::string::String,
            >,
            multiple_choice_value: ::std::result::Result<
                ::std::option::Option<super::MultipleChoiceValue>,
                ::std::string::String,
            >,
            number_value: ::std::result::Result<
                ::std::option::Option<super::NumberValue>,
                ::std::string::String,
            >,
            signature_value: ::std::result::Result<
                ::std::option::Option<super::SignatureValue>,
                ::std::string::String,
            >,
            table_value: ::std::result::Result<
                ::std::option::Option<super::TableValue>,
                ::std::string::String,
            >,
            text_value: ::std::result::Result<
                ::std::option::Option<super::TextValue>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::FieldType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationField {
            fn default() -> Self {
                Self {
                    check_boxes_value: Ok(Default::default()),
                    date_time_value: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    label: Ok(Default::default()),
                    media_list: Ok(Default::default()),
                    multiple_choice_value: Ok(Default::default()),
                    number_value: Ok(Default::default()),
                    signature_value: Ok(Default::default()),
                    table_value: Ok(Default::default()),
                    text_value: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QualificationField {
            pub fn check_boxes_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckBoxesValue>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.check_boxes_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for check_boxes_value: {e}"
                        )
                    });
                self
            }
            pub fn date_time_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DateTimeValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_time_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for date_time_value: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn media_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::MediaRecord>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.media_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_list: {e}")
                    });
                self
            }
            pub fn multiple_choice_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MultipleChoiceValue>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.multiple_choice_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for multiple_choice_value: {e}"
                        )
                    });
                self
            }
            pub fn number_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NumberValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.number_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number_value: {e}")
                    });
                self
            }
            pub fn signature_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SignatureValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.signature_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_value: {e}"
                        )
                    });
                self
            }
            pub fn table_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TableValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_value: {e}")
                    });
                self
            }
            pub fn text_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TextValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.text_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text_value: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::FieldType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::serde_json::Value,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationField> for super::QualificationField {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationField,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    check_boxes_value: value
                        .check_boxes_value?
                        .map(::std::boxed::Box::new),
                    date_time_value: value.date_time_value?.map(::std::boxed::Box::new),
                    id: value.id?,
                    label: value.label?,
                    media_list: value.media_list?,
                    multiple_choice_value: value
                        .multiple_choice_value?
                        .map(::std::boxed::Box::new),
                    number_value: value.number_value?.map(::std::boxed::Box::new),
                    signature_value: value.signature_value?.map(::std::boxed::Box::new),
                    table_value: value.table_value?.map(::std::boxed::Box::new),
                    text_value: value.text_value?.map(::std::boxed::Box::new),
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationField> for QualificationField {
            fn from(value: super::QualificationField) -> Self {
                Self {
                    check_boxes_value: Ok(value.check_boxes_value.map(|boxed| *boxed)),
                    date_time_value: Ok(value.date_time_value.map(|boxed| *boxed)),
                    id: Ok(value.id),
                    label: Ok(value.label),
                    media_list: Ok(value.media_list),
                    multiple_choice_value: Ok(
                        value.multiple_choice_value.map(|boxed| *boxed),
                    ),
                    number_value: Ok(value.number_value.map(|boxed| *boxed)),
                    signature_value: Ok(value.signature_value.map(|boxed| *boxed)),
                    table_value: Ok(value.table_value.map(|boxed| *boxed)),
                    text_value: Ok(value.text_value.map(|boxed| *boxed)),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationFieldInput {
            check_boxes_value: ::std::result::Result<
                ::std::option::Option<super::CheckBoxesValueInput>,
                ::std::string::String,
            >,
            date_time_value: ::std::result::Result<
                ::std::option::Option<super::DateTimeValueInput>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            media_value: ::std::result::Result<
                ::std::option::Option<super::MediaValueInput>,
                ::std::string::String,
            >,
            multiple_choice_value: ::std::result::Result<
                ::std::option::Option<super::MultipleChoiceValueInput>,
                ::std::string::String,
            >,
            number_value: ::std::result::Result<
                ::std::option::Option<super::NumberValueInput>,
                ::std::string::String,
            >,
            signature_value: ::std::result::Result<
                ::std::option::Option<super::SignatureValueInput>,
                ::std::string::String,
            >,
            table_value: ::std::result::Result<
                ::std::option::Option<super::TableValueInput>,
                ::std::string::String,
            >,
            text_value: ::std::result::Result<
                ::std::option::Option<super::TextValueInput>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::FieldType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationFieldInput {
            fn default() -> Self {
                Self {
                    check_boxes_value: Ok(Default::default()),
                    date_time_value: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    media_value: Ok(Default::default()),
                    multiple_choice_value: Ok(Default::default()),
                    number_value: Ok(Default::default()),
                    signature_value: Ok(Default::default()),
                    table_value: Ok(Default::default()),
                    text_value: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl QualificationFieldInput {
            pub fn check_boxes_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckBoxesValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.check_boxes_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for check_boxes_value: {e}"
                        )
                    });
                self
            }
            pub fn date_time_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DateTimeValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_time_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for date_time_value: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn media_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MediaValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.media_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_value: {e}")
                    });
                self
            }
            pub fn multiple_choice_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MultipleChoiceValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.multiple_choice_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for multiple_choice_value: {e}"
                        )
                    });
                self
            }
            pub fn number_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NumberValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.number_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number_value: {e}")
                    });
                self
            }
            pub fn signature_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SignatureValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.signature_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_value: {e}"
                        )
                    });
                self
            }
            pub fn table_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TableValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_value: {e}")
                    });
                self
            }
            pub fn text_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TextValueInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.text_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text_value: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::FieldType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationFieldInput>
        for super::QualificationFieldInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationFieldInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    check_boxes_value: value.check_boxes_value?,
                    date_time_value: value.date_time_value?,
                    id: value.id?,
                    media_value: value.media_value?,
                    multiple_choice_value: value.multiple_choice_value?,
                    number_value: value.number_value?,
                    signature_value: value.signature_value?,
                    table_value: value.table_value?,
                    text_value: value.text_value?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationFieldInput>
        for QualificationFieldInput {
            fn from(value: super::QualificationFieldInput) -> Self {
                Self {
                    check_boxes_value: Ok(value.check_boxes_value),
                    date_time_value: Ok(value.date_time_value),
                    id: Ok(value.id),
                    media_value: Ok(value.media_value),
                    multiple_choice_value: Ok(value.multiple_choice_value),
                    number_value: Ok(value.number_value),
                    signature_value: Ok(value.signature_value),
                    table_value: Ok(value.table_value),
                    text_value: Ok(value.text_value),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationOwner {
            entity_type: ::std::result::Result<
                crate::generated::enums::EntityType,
                ::std::string::String,
            >,
            external_ids: ::std::result::Result<
                ::std::option::Option<
                    std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationOwner {
            fn default() -> Self {
                Self {
                    entity_type: Err("no value supplied for entity_type".to_string()),
                    external_ids: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl QualificationOwner {
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::EntityType>,
                T::Error: ::std::fmt::Display,
            {
                self.entity_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity_type: {e}")
                    });
                self
            }
            pub fn external_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.external_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_ids: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationOwner> for super::QualificationOwner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationOwner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entity_type: value.entity_type?,
                    external_ids: value.external_ids?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationOwner> for QualificationOwner {
            fn from(value: super::QualificationOwner) -> Self {
                Self {
                    entity_type: Ok(value.entity_type),
                    external_ids: Ok(value.external_ids),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationOwnerInput {
            entity_type: ::std::result::Result<
                crate::generated::enums::EntityType,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationOwnerInput {
            fn default() -> Self {
                Self {
                    entity_type: Err("no value supplied for entity_type".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl QualificationOwnerInput {
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::EntityType>,
                T::Error: ::std::fmt::Display,
            {
                self.entity_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity_type: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationOwnerInput>
        for super::QualificationOwnerInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationOwnerInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    entity_type: value.entity_type?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationOwnerInput>
        for QualificationOwnerInput {
            fn from(value: super::QualificationOwnerInput) -> Self {
                Self {
                    entity_type: Ok(value.entity_type),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecord {
            created_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                super::PolymorphicUser,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            external_ids: ::std::result::Result<
                ::std::option::Option<
                    std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<super::QualificationField>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            issue_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                super::QualificationOwner,
                ::std::string::String,
            >,
            qualification_type: ::std::result::Result<
                super::QualificationTypeRef,
                ::std::string::String,
            >,
            record_status: ::std::result::Result<
                crate::generated::enums::RecordStatus,
                ::std::string::String,
            >,
            updated_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            updated_by: ::std::result::Result<
                super::PolymorphicUser,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationRecord {
            fn default() -> Self {
                Self {
                    created_at_time: Err(
                        "no value supplied for created_at_time".to_string(),
                    ),
                    created_by: Err("no value supplied for created_by".to_string()),
                    expiration_date: Ok(Default::default()),
                    external_ids: Ok(Default::default()),
                    fields: Err("no value supplied for fields".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    issue_date: Err("no value supplied for issue_date".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    qualification_type: Err(
                        "no value supplied for qualification_type".to_string(),
                    ),
                    record_status: Err(
                        "no value supplied for record_status".to_string(),
                    ),
                    updated_at_time: Err(
                        "no value supplied for updated_at_time".to_string(),
                    ),
                    updated_by: Err("no value supplied for updated_by".to_string()),
                }
            }
        }
        impl QualificationRecord {
            pub fn created_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_time: {e}"
                        )
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PolymorphicUser>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn external_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.external_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_ids: {e}")
                    });
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QualificationField>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn issue_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.issue_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issue_date: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QualificationOwner>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn qualification_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QualificationTypeRef>,
                T::Error: ::std::fmt::Display,
            {
                self.qualification_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for qualification_type: {e}"
                        )
                    });
                self
            }
            pub fn record_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::RecordStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.record_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for record_status: {e}")
                    });
                self
            }
            pub fn updated_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for updated_at_time: {e}"
                        )
                    });
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PolymorphicUser>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_by: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecord>
        for super::QualificationRecord {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecord,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at_time: value.created_at_time?,
                    created_by: value.created_by?,
                    expiration_date: value.expiration_date?,
                    external_ids: value.external_ids?,
                    fields: value.fields?,
                    id: value.id?,
                    issue_date: value.issue_date?,
                    owner: value.owner?,
                    qualification_type: value.qualification_type?,
                    record_status: value.record_status?,
                    updated_at_time: value.updated_at_time?,
                    updated_by: value.updated_by?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationRecord> for QualificationRecord {
            fn from(value: super::QualificationRecord) -> Self {
                Self {
                    created_at_time: Ok(value.created_at_time),
                    created_by: Ok(value.created_by),
                    expiration_date: Ok(value.expiration_date),
                    external_ids: Ok(value.external_ids),
                    fields: Ok(value.fields),
                    id: Ok(value.id),
                    issue_date: Ok(value.issue_date),
                    owner: Ok(value.owner),
                    qualification_type: Ok(value.qualification_type),
                    record_status: Ok(value.record_status),
                    updated_at_time: Ok(value.updated_at_time),
                    updated_by: Ok(value.updated_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordCreate {
            expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            external_ids: ::std::result::Result<
                ::std::option::Option<
                    std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::QualificationFieldInput>>,
                ::std::string::String,
            >,
            issue_date: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                super::QualificationOwnerInput,
                ::std::string::String,
            >,
            qualification_type: ::std::result::Result<
                super::QualificationTypeRefInput,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationRecordCreate {
            fn default() -> Self {
                Self {
                    expiration_date: Ok(Default::default()),
                    external_ids: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    issue_date: Err("no value supplied for issue_date".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    qualification_type: Err(
                        "no value supplied for qualification_type".to_string(),
                    ),
                }
            }
        }
        impl QualificationRecordCreate {
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn external_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.external_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_ids: {e}")
                    });
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::QualificationFieldInput>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn issue_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.issue_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issue_date: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QualificationOwnerInput>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn qualification_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QualificationTypeRefInput>,
                T::Error: ::std::fmt::Display,
            {
                self.qualification_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for qualification_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordCreate>
        for super::QualificationRecordCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expiration_date: value.expiration_date?,
                    external_ids: value.external_ids?,
                    fields: value.fields?,
                    issue_date: value.issue_date?,
                    owner: value.owner?,
                    qualification_type: value.qualification_type?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationRecordCreate>
        for QualificationRecordCreate {
            fn from(value: super::QualificationRecordCreate) -> Self {
                Self {
                    expiration_date: Ok(value.expiration_date),
                    external_ids: Ok(value.external_ids),
                    fields: Ok(value.fields),
                    issue_date: Ok(value.issue_date),
                    owner: Ok(value.owner),
                    qualification_type: Ok(value.qualification_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationRecordIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl QualificationRecordIdRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordIdRequest>
        for super::QualificationRecordIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::QualificationRecordIdRequest>
        for QualificationRecordIdRequest {
            fn from(value: super::QualificationRecordIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordList {
            data: ::std::result::Result<
                ::std::vec::Vec<super::QualificationRecord>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationRecordList {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl QualificationRecordList {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QualificationRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordList>
        for super::QualificationRecordList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::QualificationRecordList>
        for QualificationRecordList {
            fn from(value: super::QualificationRecordList) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::QualificationRecord>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationRecordPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl QualificationRecordPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QualificationRecord>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordPage>
        for super::QualificationRecordPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationRecordPage>
        for QualificationRecordPage {
            fn from(value: super::QualificationRecordPage) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordPatch {
            expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            external_ids: ::std::result::Result<
                ::std::option::Option<
                    std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::QualificationFieldInput>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            issue_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<super::QualificationOwnerInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationRecordPatch {
            fn default() -> Self {
                Self {
                    expiration_date: Ok(Default::default()),
                    external_ids: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    issue_date: Ok(Default::default()),
                    owner: Ok(Default::default()),
                }
            }
        }
        impl QualificationRecordPatch {
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn external_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        std::collections::BTreeMap<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.external_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_ids: {e}")
                    });
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::QualificationFieldInput>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn issue_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.issue_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issue_date: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::QualificationOwnerInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordPatch>
        for super::QualificationRecordPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expiration_date: value.expiration_date?,
                    external_ids: value.external_ids?,
                    fields: value.fields?,
                    id: value.id?,
                    issue_date: value.issue_date?,
                    owner: value.owner?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationRecordPatch>
        for QualificationRecordPatch {
            fn from(value: super::QualificationRecordPatch) -> Self {
                Self {
                    expiration_date: Ok(value.expiration_date),
                    external_ids: Ok(value.external_ids),
                    fields: Ok(value.fields),
                    id: Ok(value.id),
                    issue_date: Ok(value.issue_date),
                    owner: Ok(value.owner),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationRecordResponse {
            data: ::std::result::Result<
                super::QualificationRecord,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationRecordResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl QualificationRecordResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::QualificationRecord>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationRecordResponse>
        for super::QualificationRecordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationRecordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::QualificationRecordResponse>
        for QualificationRecordResponse {
            fn from(value: super::QualificationRecordResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationType {
            created_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                super::PolymorphicUser,
                ::std::string::String,
            >,
            entity_type: ::std::result::Result<
                crate::generated::enums::EntityType,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<super::FieldDefinition>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            revision_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            updated_by: ::std::result::Result<
                super::PolymorphicUser,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationType {
            fn default() -> Self {
                Self {
                    created_at_time: Err(
                        "no value supplied for created_at_time".to_string(),
                    ),
                    created_by: Err("no value supplied for created_by".to_string()),
                    entity_type: Err("no value supplied for entity_type".to_string()),
                    fields: Err("no value supplied for fields".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    revision_id: Err("no value supplied for revision_id".to_string()),
                    updated_at_time: Err(
                        "no value supplied for updated_at_time".to_string(),
                    ),
                    updated_by: Err("no value supplied for updated_by".to_string()),
                }
            }
        }
        impl QualificationType {
            pub fn created_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_time: {e}"
                        )
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PolymorphicUser>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn entity_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::EntityType>,
                T::Error: ::std::fmt::Display,
            {
                self.entity_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for entity_type: {e}")
                    });
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldDefinition>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn revision_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_id: {e}")
                    });
                self
            }
            pub fn updated_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for updated_at_time: {e}"
                        )
                    });
                self
            }
            pub fn updated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PolymorphicUser>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_by: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationType> for super::QualificationType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at_time: value.created_at_time?,
                    created_by: value.created_by?,
                    entity_type: value.entity_type?,
                    fields: value.fields?,
                    id: value.id?,
                    name: value.name?,
                    revision_id: value.revision_id?,
                    updated_at_time: value.updated_at_time?,
                    updated_by: value.updated_by?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationType> for QualificationType {
            fn from(value: super::QualificationType) -> Self {
                Self {
                    created_at_time: Ok(value.created_at_time),
                    created_by: Ok(value.created_by),
                    entity_type: Ok(value.entity_type),
                    fields: Ok(value.fields),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    revision_id: Ok(value.revision_id),
                    updated_at_time: Ok(value.updated_at_time),
                    updated_by: Ok(value.updated_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationTypePage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::QualificationType>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationTypePage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl QualificationTypePage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::QualificationType>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationTypePage>
        for super::QualificationTypePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationTypePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationTypePage>
        for QualificationTypePage {
            fn from(value: super::QualificationTypePage) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationTypeRef {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            revision_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QualificationTypeRef {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    revision_id: Ok(Default::default()),
                }
            }
        }
        impl QualificationTypeRef {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn revision_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.revision_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revision_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationTypeRef>
        for super::QualificationTypeRef {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationTypeRef,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    revision_id: value.revision_id?,
                })
            }
        }
        impl ::std::convert::From<super::QualificationTypeRef> for QualificationTypeRef {
            fn from(value: super::QualificationTypeRef) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    revision_id: Ok(value.revision_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QualificationTypeRefInput {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for QualificationTypeRefInput {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl QualificationTypeRefInput {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<QualificationTypeRefInput>
        for super::QualificationTypeRefInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QualificationTypeRefInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::QualificationTypeRefInput>
        for QualificationTypeRefInput {
            fn from(value: super::QualificationTypeRefInput) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SelectOption {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            ignore_question_from_score_if_selected: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            option_score_weight: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SelectOption {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    ignore_question_from_score_if_selected: Ok(Default::default()),
                    label: Err("no value supplied for label".to_string()),
                    option_score_weight: Ok(Default::default()),
                }
            }
        }
        impl SelectOption {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ignore_question_from_score_if_selected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.ignore_question_from_score_if_selected = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ignore_question_from_score_if_selected: {e}"
                        )
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn option_score_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.option_score_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for option_score_weight: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SelectOption> for super::SelectOption {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SelectOption,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    ignore_question_from_score_if_selected: value
                        .ignore_question_from_score_if_selected?,
                    label: value.label?,
                    option_score_weight: value.option_score_weight?,
                })
            }
        }
        impl ::std::convert::From<super::SelectOption> for SelectOption {
            fn from(value: super::SelectOption) -> Self {
                Self {
                    id: Ok(value.id),
                    ignore_question_from_score_if_selected: Ok(
                        value.ignore_question_from_score_if_selected,
                    ),
                    label: Ok(value.label),
                    option_score_weight: Ok(value.option_score_weight),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceTaskDefinition {
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            estimated_labor_time_minutes: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            estimated_parts_cost: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            subcategory: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceTaskDefinition {
            fn default() -> Self {
                Self {
                    category: Ok(Default::default()),
                    description: Ok(Default::default()),
                    estimated_labor_time_minutes: Ok(Default::default()),
                    estimated_parts_cost: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    subcategory: Ok(Default::default()),
                }
            }
        }
        impl ServiceTaskDefinition {
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn estimated_labor_time_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_labor_time_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for estimated_labor_time_minutes: {e}"
                        )
                    });
                self
            }
            pub fn estimated_parts_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.estimated_parts_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for estimated_parts_cost: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn subcategory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subcategory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subcategory: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceTaskDefinition>
        for super::ServiceTaskDefinition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceTaskDefinition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    description: value.description?,
                    estimated_labor_time_minutes: value.estimated_labor_time_minutes?,
                    estimated_parts_cost: value.estimated_parts_cost?,
                    id: value.id?,
                    name: value.name?,
                    subcategory: value.subcategory?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceTaskDefinition>
        for ServiceTaskDefinition {
            fn from(value: super::ServiceTaskDefinition) -> Self {
                Self {
                    category: Ok(value.category),
                    description: Ok(value.description),
                    estimated_labor_time_minutes: Ok(value.estimated_labor_time_minutes),
                    estimated_parts_cost: Ok(value.estimated_parts_cost),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    subcategory: Ok(value.subcategory),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceTaskInstance {
            assignees: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Assignee>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            labor_hourly_cost: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
            labor_time_minutes: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parts: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::PartInstance>>,
                ::std::string::String,
            >,
            parts_cost: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
            service_task_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::enums::ServiceTaskStatus,
                ::std::string::String,
            >,
            subtasks: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Subtask>>,
                ::std::string::String,
            >,
            time_entries: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::TimeEntry>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceTaskInstance {
            fn default() -> Self {
                Self {
                    assignees: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    labor_hourly_cost: Ok(Default::default()),
                    labor_time_minutes: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    parts: Ok(Default::default()),
                    parts_cost: Ok(Default::default()),
                    service_task_id: Err(
                        "no value supplied for service_task_id".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                    subtasks: Ok(Default::default()),
                    time_entries: Ok(Default::default()),
                }
            }
        }
        impl ServiceTaskInstance {
            pub fn assignees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Assignee>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.assignees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignees: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn labor_hourly_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.labor_hourly_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for labor_hourly_cost: {e}"
                        )
                    });
                self
            }
            pub fn labor_time_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.labor_time_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for labor_time_minutes: {e}"
                        )
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::PartInstance>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.parts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parts: {e}")
                    });
                self
            }
            pub fn parts_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.parts_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parts_cost: {e}")
                    });
                self
            }
            pub fn service_task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.service_task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_task_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::ServiceTaskStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subtasks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Subtask>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtasks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtasks: {e}")
                    });
                self
            }
            pub fn time_entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::TimeEntry>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.time_entries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_entries: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceTaskInstance>
        for super::ServiceTaskInstance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceTaskInstance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assignees: value.assignees?,
                    id: value.id?,
                    labor_hourly_cost: value.labor_hourly_cost?,
                    labor_time_minutes: value.labor_time_minutes?,
                    notes: value.notes?,
                    parts: value.parts?,
                    parts_cost: value.parts_cost?,
                    service_task_id: value.service_task_id?,
                    status: value.status?,
                    subtasks: value.subtasks?,
                    time_entries: value.time_entries?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceTaskInstance> for ServiceTaskInstance {
            fn from(value: super::ServiceTaskInstance) -> Self {
                Self {
                    assignees: Ok(value.assignees),
                    id: Ok(value.id),
                    labor_hourly_cost: Ok(value.labor_hourly_cost),
                    labor_time_minutes: Ok(value.labor_time_minutes),
                    notes: Ok(value.notes),
                    parts: Ok(value.parts),
                    parts_cost: Ok(value.parts_cost),
                    service_task_id: Ok(value.service_task_id),
                    status: Ok(value.status),
                    subtasks: Ok(value.subtasks),
                    time_entries: Ok(value.time_entries),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceTaskInstanceInput {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            labor_hourly_cost: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
            labor_time_minutes: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parts: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::PartInstanceInput>>,
                ::std::string::String,
            >,
            parts_cost: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
            service_task_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::enums::ServiceTaskStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceTaskInstanceInput {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    labor_hourly_cost: Ok(Default::default()),
                    labor_time_minutes: Ok(Default::default()),
                    notes: Ok(Default::default()),
                    parts: Ok(Default::default()),
                    parts_cost: Ok(Default::default()),
                    service_task_id: Err(
                        "no value supplied for service_task_id".to_string(),
                    ),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl ServiceTaskInstanceInput {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn labor_hourly_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.labor_hourly_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for labor_hourly_cost: {e}"
                        )
                    });
                self
            }
            pub fn labor_time_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.labor_time_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for labor_time_minutes: {e}"
                        )
                    });
                self
            }
            pub fn notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for notes: {e}")
                    });
                self
            }
            pub fn parts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::PartInstanceInput>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.parts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parts: {e}")
                    });
                self
            }
            pub fn parts_cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.parts_cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parts_cost: {e}")
                    });
                self
            }
            pub fn service_task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.service_task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_task_id: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::ServiceTaskStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceTaskInstanceInput>
        for super::ServiceTaskInstanceInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceTaskInstanceInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    labor_hourly_cost: value.labor_hourly_cost?,
                    labor_time_minutes: value.labor_time_minutes?,
                    notes: value.notes?,
                    parts: value.parts?,
                    parts_cost: value.parts_cost?,
                    service_task_id: value.service_task_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceTaskInstanceInput>
        for ServiceTaskInstanceInput {
            fn from(value: super::ServiceTaskInstanceInput) -> Self {
                Self {
                    id: Ok(value.id),
                    labor_hourly_cost: Ok(value.labor_hourly_cost),
                    labor_time_minutes: Ok(value.labor_time_minutes),
                    notes: Ok(value.notes),
                    parts: Ok(value.parts),
                    parts_cost: Ok(value.parts_cost),
                    service_task_id: Ok(value.service_task_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceTaskPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ServiceTaskDefinition>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ServiceTaskPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ServiceTaskPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ServiceTaskDefinition>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceTaskPage> for super::ServiceTaskPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceTaskPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceTaskPage> for ServiceTaskPage {
            fn from(value: super::ServiceTaskPage) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignatureValue {
            media: ::std::result::Result<super::MediaRecord, ::std::string::String>,
        }
        impl ::std::default::Default for SignatureValue {
            fn default() -> Self {
                Self {
                    media: Err("no value supplied for media".to_string()),
                }
            }
        }
        impl SignatureValue {
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MediaRecord>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignatureValue> for super::SignatureValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignatureValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { media: value.media? })
            }
        }
        impl ::std::convert::From<super::SignatureValue> for SignatureValue {
            fn from(value: super::SignatureValue) -> Self {
                Self { media: Ok(value.media) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignatureValueInput {
            media: ::std::result::Result<super::MediaItemInput, ::std::string::String>,
        }
        impl ::std::default::Default for SignatureValueInput {
            fn default() -> Self {
                Self {
                    media: Err("no value supplied for media".to_string()),
                }
            }
        }
        impl SignatureValueInput {
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MediaItemInput>,
                T::Error: ::std::fmt::Display,
            {
                self.media = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignatureValueInput>
        for super::SignatureValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignatureValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { media: value.media? })
            }
        }
        impl ::std::convert::From<super::SignatureValueInput> for SignatureValueInput {
            fn from(value: super::SignatureValueInput) -> Self {
                Self { media: Ok(value.media) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Subtask {
            form: ::std::result::Result<
                ::std::option::Option<super::FormSubtask>,
                ::std::string::String,
            >,
            procedure: ::std::result::Result<
                ::std::option::Option<super::ProcedureSubtask>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Subtask {
            fn default() -> Self {
                Self {
                    form: Ok(Default::default()),
                    procedure: Ok(Default::default()),
                }
            }
        }
        impl Subtask {
            pub fn form<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::FormSubtask>>,
                T::Error: ::std::fmt::Display,
            {
                self.form = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form: {e}")
                    });
                self
            }
            pub fn procedure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ProcedureSubtask>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.procedure = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for procedure: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Subtask> for super::Subtask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Subtask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    form: value.form?,
                    procedure: value.procedure?,
                })
            }
        }
        impl ::std::convert::From<super::Subtask> for Subtask {
            fn from(value: super::Subtask) -> Self {
                Self {
                    form: Ok(value.form),
                    procedure: Ok(value.procedure),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableCell {
            barcode_value: ::std::result::Result<
                ::std::option::Option<super::BarcodeValue>,
                ::std::string::String,
            >,
            check_boxes_value: ::std::result::Result<
                ::std::option::Option<super::CheckBoxesValue>,
                ::std::string::String,
            >,
            date_time_value: ::std::result::Result<
                ::std::option::Option<super::DateTimeValue>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            media_value: ::std::result::Result<
                ::std::option::Option<super::MediaValue>,
                ::std::string::String,
            >,
            multiple_choice_value: ::std::result::Result<
                ::std::option::Option<super::MultipleChoiceValue>,
                ::std::string::String,
            >,
            number_value: ::std::result::Result<
                ::std::option::Option<super::NumberValue>,
                ::std::string::String,
            >,
            person_value: ::std::result::Result<
                ::std::option::Option<super::PersonValue>,
                ::std::string::String,
            >,
            signature_value: ::std::result::Result<
                ::std::option::Option<super::SignatureValue>,
                ::std::string::String,
            >,
            text_value: ::std::result::Result<
                ::std::option::Option<super::TextValue>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::TableCellType,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableCell {
            fn default() -> Self {
                Self {
                    barcode_value: Ok(Default::default()),
                    check_boxes_value: Ok(Default::default()),
                    date_time_value: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    media_value: Ok(Default::default()),
                    multiple_choice_value: Ok(Default::default()),
                    number_value: Ok(Default::default()),
                    person_value: Ok(Default::default()),
                    signature_value: Ok(Default::default()),
                    text_value: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TableCell {
            pub fn barcode_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BarcodeValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.barcode_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for barcode_value: {e}")
                    });
                self
            }
            pub fn check_boxes_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckBoxesValue>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.check_boxes_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for check_boxes_value: {e}"
                        )
                    });
                self
            }
            pub fn date_time_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DateTimeValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.date_time_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for date_time_value: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn media_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MediaValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.media_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for media_value: {e}")
                    });
                self
            }
            pub fn multiple_choice_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MultipleChoiceValue>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.multiple_choice_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for multiple_choice_value: {e}"
                        )
                    });
                self
            }
            pub fn number_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::NumberValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.number_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number_value: {e}")
                    });
                self
            }
            pub fn person_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PersonValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.person_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person_value: {e}")
                    });
                self
            }
            pub fn signature_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SignatureValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.signature_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for signature_value: {e}"
                        )
                    });
                self
            }
            pub fn text_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TextValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.text_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text_value: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::TableCellType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::serde_json::Value,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableCell> for super::TableCell {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableCell,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    barcode_value: value.barcode_value?.map(::std::boxed::Box::new),
                    check_boxes_value: value
                        .check_boxes_value?
                        .map(::std::boxed::Box::new),
                    date_time_value: value.date_time_value?.map(::std::boxed::Box::new),
                    id: value.id?,
                    media_value: value.media_value?.map(::std::boxed::Box::new),
                    multiple_choice_value: value
                        .multiple_choice_value?
                        .map(::std::boxed::Box::new),
                    number_value: value.number_value?.map(::std::boxed::Box::new),
                    person_value: value.person_value?.map(::std::boxed::Box::new),
                    signature_value: value.signature_value?.map(::std::boxed::Box::new),
                    text_value: value.text_value?.map(::std::boxed::Box::new),
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TableCell> for TableCell {
            fn from(value: super::TableCell) -> Self {
                Self {
                    barcode_value: Ok(value.barcode_value.map(|boxed| *boxed)),
                    check_boxes_value: Ok(value.check_boxes_value.map(|boxed| *boxed)),
                    date_time_value: Ok(value.date_time_value.map(|boxed| *boxed)),
                    id: Ok(value.id),
                    media_value: Ok(value.media_value.map(|boxed| *boxed)),
                    multiple_choice_value: Ok(
                        value.multiple_choice_value.map(|boxed| *boxed),
                    ),
                    number_value: Ok(value.number_value.map(|boxed| *boxed)),
                    person_value: Ok(value.person_value.map(|boxed| *boxed)),
                    signature_value: Ok(value.signature_value.map(|boxed| *boxed)),
                    text_value: Ok(value.text_value.map(|boxed| *boxed)),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableCellInput {
            barcode_value: ::std::result::Result<
                ::std::option::Option<super::BarcodeValueInput>,
                ::std::string::String,
            >,
            check_boxes_value: ::std::result::Result<
                ::std::option::Option<super::CheckBoxesValueInput>,
                ::std::string::String,
            >,
            date_time_value: ::std::result::Result<
                ::std::option::Option<super::DateTimeValueInput>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            multiple_choice_value: ::std::result::Result<
                ::std::option::Option<super::MultipleChoiceValueInput>,
                ::std::string::String,
            >,
            number_value: ::std::result::Result<
                ::std::option::Option<super::NumberValueInput>,
                ::std::string::String,
            >,
            person_value: ::std::result::Result<
                ::std::option::Option<super::PersonValueInput>,
                ::std::string::String,
            >,
            text_value: ::std::result::Result<
                ::std::option::Option<super::TextValueInput>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::TableCellInputType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableCellInput {
            fn default() -> Self {
                Self {
                    barcode_value: Ok(Default::default()),
                    check_boxes_value: Ok(Default::default()),
                    date_time_value: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    multiple_choice_value: Ok(Default::default()),
                    number_value: Ok(Default::default()),
                    person_value: Ok(Default::default()),
                    text_value: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TableCellInput {
            pub fn barcode_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BarcodeValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.barcode_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for barcode_value: {e}")
                    });
                self
            }
            pub fn check_boxes_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CheckBoxesValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.check_boxes_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for check_boxes_value: {e}"
                        )
                    });
                self
            }
            pub fn date_time_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DateTimeValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.date_time_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for date_time_value: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn multiple_choice_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MultipleChoiceValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.multiple_choice_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for multiple_choice_value: {e}"
                        )
                    });
                self
            }
            pub fn number_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NumberValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.number_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number_value: {e}")
                    });
                self
            }
            pub fn person_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PersonValueInput>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.person_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for person_value: {e}")
                    });
                self
            }
            pub fn text_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TextValueInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.text_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for text_value: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::TableCellInputType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableCellInput> for super::TableCellInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableCellInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    barcode_value: value.barcode_value?,
                    check_boxes_value: value.check_boxes_value?,
                    date_time_value: value.date_time_value?,
                    id: value.id?,
                    multiple_choice_value: value.multiple_choice_value?,
                    number_value: value.number_value?,
                    person_value: value.person_value?,
                    text_value: value.text_value?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TableCellInput> for TableCellInput {
            fn from(value: super::TableCellInput) -> Self {
                Self {
                    barcode_value: Ok(value.barcode_value),
                    check_boxes_value: Ok(value.check_boxes_value),
                    date_time_value: Ok(value.date_time_value),
                    id: Ok(value.id),
                    multiple_choice_value: Ok(value.multiple_choice_value),
                    number_value: Ok(value.number_value),
                    person_value: Ok(value.person_value),
                    text_value: Ok(value.text_value),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableColumn {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::generated::enums::TableCellType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableColumn {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    label: Err("no value supplied for label".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TableColumn {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::TableCellType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableColumn> for super::TableColumn {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableColumn,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    label: value.label?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TableColumn> for TableColumn {
            fn from(value: super::TableColumn) -> Self {
                Self {
                    id: Ok(value.id),
                    label: Ok(value.label),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableColumnDefinition {
            allow_manual_entry: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            allowed_date_time_value_type: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::DateTimeType>,
                ::std::string::String,
            >,
            filter_by_role_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            include_drivers: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            include_users: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            label: ::std::result::Result<::std::string::String, ::std::string::String>,
            num_decimal_places: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            options: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::SelectOption>>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::enums::ColumnDefinitionType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableColumnDefinition {
            fn default() -> Self {
                Self {
                    allow_manual_entry: Ok(Default::default()),
                    allowed_date_time_value_type: Ok(Default::default()),
                    filter_by_role_ids: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    include_drivers: Ok(Default::default()),
                    include_users: Ok(Default::default()),
                    label: Err("no value supplied for label".to_string()),
                    num_decimal_places: Ok(Default::default()),
                    options: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TableColumnDefinition {
            pub fn allow_manual_entry<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_manual_entry = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_manual_entry: {e}"
                        )
                    });
                self
            }
            pub fn allowed_date_time_value_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::DateTimeType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_date_time_value_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allowed_date_time_value_type: {e}"
                        )
                    });
                self
            }
            pub fn filter_by_role_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.filter_by_role_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for filter_by_role_ids: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn include_drivers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_drivers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for include_drivers: {e}"
                        )
                    });
                self
            }
            pub fn include_users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.include_users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for include_users: {e}")
                    });
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn num_decimal_places<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_decimal_places = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for num_decimal_places: {e}"
                        )
                    });
                self
            }
            pub fn options<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::SelectOption>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.options = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for options: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::generated::enums::ColumnDefinitionType,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableColumnDefinition>
        for super::TableColumnDefinition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableColumnDefinition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_manual_entry: value.allow_manual_entry?,
                    allowed_date_time_value_type: value.allowed_date_time_value_type?,
                    filter_by_role_ids: value.filter_by_role_ids?,
                    id: value.id?,
                    include_drivers: value.include_drivers?,
                    include_users: value.include_users?,
                    label: value.label?,
                    num_decimal_places: value.num_decimal_places?,
                    options: value.options?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TableColumnDefinition>
        for TableColumnDefinition {
            fn from(value: super::TableColumnDefinition) -> Self {
                Self {
                    allow_manual_entry: Ok(value.allow_manual_entry),
                    allowed_date_time_value_type: Ok(value.allowed_date_time_value_type),
                    filter_by_role_ids: Ok(value.filter_by_role_ids),
                    id: Ok(value.id),
                    include_drivers: Ok(value.include_drivers),
                    include_users: Ok(value.include_users),
                    label: Ok(value.label),
                    num_decimal_places: Ok(value.num_decimal_places),
                    options: Ok(value.options),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableRow {
            cells: ::std::result::Result<
                ::std::vec::Vec<super::TableCell>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TableRow {
            fn default() -> Self {
                Self {
                    cells: Err("no value supplied for cells".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl TableRow {
            pub fn cells<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TableCell>>,
                T::Error: ::std::fmt::Display,
            {
                self.cells = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cells: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<TableRow> for super::TableRow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableRow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cells: value.cells?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::TableRow> for TableRow {
            fn from(value: super::TableRow) -> Self {
                Self {
                    cells: Ok(value.cells),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableRowInput {
            cells: ::std::result::Result<
                ::std::vec::Vec<super::TableCellInput>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TableRowInput {
            fn default() -> Self {
                Self {
                    cells: Err("no value supplied for cells".to_string()),
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl TableRowInput {
            pub fn cells<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TableCellInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.cells = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cells: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<TableRowInput> for super::TableRowInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableRowInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cells: value.cells?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::TableRowInput> for TableRowInput {
            fn from(value: super::TableRowInput) -> Self {
                Self {
                    cells: Ok(value.cells),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableValue {
            columns: ::std::result::Result<
                ::std::vec::Vec<super::TableColumn>,
                ::std::string::String,
            >,
            rows: ::std::result::Result<
                ::std::vec::Vec<super::TableRow>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableValue {
            fn default() -> Self {
                Self {
                    columns: Err("no value supplied for columns".to_string()),
                    rows: Err("no value supplied for rows".to_string()),
                }
            }
        }
        impl TableValue {
            pub fn columns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TableColumn>>,
                T::Error: ::std::fmt::Display,
            {
                self.columns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for columns: {e}")
                    });
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TableRow>>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rows: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableValue> for super::TableValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    columns: value.columns?,
                    rows: value.rows?,
                })
            }
        }
        impl ::std::convert::From<super::TableValue> for TableValue {
            fn from(value: super::TableValue) -> Self {
                Self {
                    columns: Ok(value.columns),
                    rows: Ok(value.rows),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableValueInput {
            rows: ::std::result::Result<
                ::std::vec::Vec<super::TableRowInput>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableValueInput {
            fn default() -> Self {
                Self {
                    rows: Err("no value supplied for rows".to_string()),
                }
            }
        }
        impl TableValueInput {
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TableRowInput>>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rows: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableValueInput> for super::TableValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { rows: value.rows? })
            }
        }
        impl ::std::convert::From<super::TableValueInput> for TableValueInput {
            fn from(value: super::TableValueInput) -> Self {
                Self { rows: Ok(value.rows) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tax {
            basis_points: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            money: ::std::result::Result<
                ::std::option::Option<super::Money>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Tax {
            fn default() -> Self {
                Self {
                    basis_points: Ok(Default::default()),
                    money: Ok(Default::default()),
                }
            }
        }
        impl Tax {
            pub fn basis_points<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.basis_points = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basis_points: {e}")
                    });
                self
            }
            pub fn money<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Money>>,
                T::Error: ::std::fmt::Display,
            {
                self.money = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for money: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Tax> for super::Tax {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tax,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    basis_points: value.basis_points?,
                    money: value.money?,
                })
            }
        }
        impl ::std::convert::From<super::Tax> for Tax {
            fn from(value: super::Tax) -> Self {
                Self {
                    basis_points: Ok(value.basis_points),
                    money: Ok(value.money),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TextValue {
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TextValue {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TextValue {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TextValue> for super::TextValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TextValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::TextValue> for TextValue {
            fn from(value: super::TextValue) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TextValueInput {
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TextValueInput {
            fn default() -> Self {
                Self {
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl TextValueInput {
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TextValueInput> for super::TextValueInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TextValueInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { value: value.value? })
            }
        }
        impl ::std::convert::From<super::TextValueInput> for TextValueInput {
            fn from(value: super::TextValueInput) -> Self {
                Self { value: Ok(value.value) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TimeEntry {
            clock_in_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            clock_out_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            driver_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TimeEntry {
            fn default() -> Self {
                Self {
                    clock_in_at_time: Err(
                        "no value supplied for clock_in_at_time".to_string(),
                    ),
                    clock_out_at_time: Ok(Default::default()),
                    driver_id: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl TimeEntry {
            pub fn clock_in_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.clock_in_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for clock_in_at_time: {e}"
                        )
                    });
                self
            }
            pub fn clock_out_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.clock_out_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for clock_out_at_time: {e}"
                        )
                    });
                self
            }
            pub fn driver_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.driver_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for driver_id: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TimeEntry> for super::TimeEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TimeEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    clock_in_at_time: value.clock_in_at_time?,
                    clock_out_at_time: value.clock_out_at_time?,
                    driver_id: value.driver_id?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::TimeEntry> for TimeEntry {
            fn from(value: super::TimeEntry) -> Self {
                Self {
                    clock_in_at_time: Ok(value.clock_in_at_time),
                    clock_out_at_time: Ok(value.clock_out_at_time),
                    driver_id: Ok(value.driver_id),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnallocatedLabor {
            cost: ::std::result::Result<super::Money, ::std::string::String>,
            time_minutes: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for UnallocatedLabor {
            fn default() -> Self {
                Self {
                    cost: Err("no value supplied for cost".to_string()),
                    time_minutes: Err("no value supplied for time_minutes".to_string()),
                }
            }
        }
        impl UnallocatedLabor {
            pub fn cost<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Money>,
                T::Error: ::std::fmt::Display,
            {
                self.cost = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cost: {e}")
                    });
                self
            }
            pub fn time_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.time_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_minutes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnallocatedLabor> for super::UnallocatedLabor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnallocatedLabor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cost: value.cost?,
                    time_minutes: value.time_minutes?,
                })
            }
        }
        impl ::std::convert::From<super::UnallocatedLabor> for UnallocatedLabor {
            fn from(value: super::UnallocatedLabor) -> Self {
                Self {
                    cost: Ok(value.cost),
                    time_minutes: Ok(value.time_minutes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Webhook {
            custom_headers: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                ::std::string::String,
            >,
            event_types: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            secret_key: ::std::result::Result<
                crate::webhook::WebhookSecret,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<
                crate::generated::enums::WebhookVersion,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Webhook {
            fn default() -> Self {
                Self {
                    custom_headers: Ok(Default::default()),
                    event_types: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    secret_key: Err("no value supplied for secret_key".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl Webhook {
            pub fn custom_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_headers: {e}"
                        )
                    });
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_types: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn secret_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::webhook::WebhookSecret>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret_key: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::WebhookVersion>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Webhook> for super::Webhook {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Webhook,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_headers: value.custom_headers?,
                    event_types: value.event_types?,
                    id: value.id?,
                    name: value.name?,
                    secret_key: value.secret_key?,
                    url: value.url?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::Webhook> for Webhook {
            fn from(value: super::Webhook) -> Self {
                Self {
                    custom_headers: Ok(value.custom_headers),
                    event_types: Ok(value.event_types),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    secret_key: Ok(value.secret_key),
                    url: Ok(value.url),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCreate {
            custom_headers: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                ::std::string::String,
            >,
            event_types: ::std::result::Result<
                ::std::option::Option<
                    ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
                >,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::WebhookCreateName, ::std::string::String>,
            url: ::std::result::Result<super::WebhookCreateUrl, ::std::string::String>,
            version: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WebhookVersion>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCreate {
            fn default() -> Self {
                Self {
                    custom_headers: Ok(Default::default()),
                    event_types: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl WebhookCreate {
            pub fn custom_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_headers: {e}"
                        )
                    });
                self
            }
            pub fn event_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<crate::generated::enums::WebhookEventType>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_types: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookCreateName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WebhookCreateUrl>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WebhookVersion>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCreate> for super::WebhookCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_headers: value.custom_headers?,
                    event_types: value.event_types?,
                    name: value.name?,
                    url: value.url?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCreate> for WebhookCreate {
            fn from(value: super::WebhookCreate) -> Self {
                Self {
                    custom_headers: Ok(value.custom_headers),
                    event_types: Ok(value.event_types),
                    name: Ok(value.name),
                    url: Ok(value.url),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Webhook>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for WebhookPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl WebhookPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Webhook>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPage> for super::WebhookPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookPage> for WebhookPage {
            fn from(value: super::WebhookPage) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookPatch {
            custom_headers: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::WebhookPatchName>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<super::WebhookPatchUrl>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WebhookVersion>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookPatch {
            fn default() -> Self {
                Self {
                    custom_headers: Ok(Default::default()),
                    name: Ok(Default::default()),
                    url: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl WebhookPatch {
            pub fn custom_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::CustomHeader>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_headers: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookPatchName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::WebhookPatchUrl>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WebhookVersion>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookPatch> for super::WebhookPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_headers: value.custom_headers?,
                    name: value.name?,
                    url: value.url?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookPatch> for WebhookPatch {
            fn from(value: super::WebhookPatch) -> Self {
                Self {
                    custom_headers: Ok(value.custom_headers),
                    name: Ok(value.name),
                    url: Ok(value.url),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrder {
            archived_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            asset_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            assigned_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            assignees: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Assignee>>,
                ::std::string::String,
            >,
            attachments: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkOrderAttachment>>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            closing_notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            completed_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            created_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<super::Discount>,
                ::std::string::String,
            >,
            due_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            engine_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                ::std::string::String,
            >,
            maintenance_site: ::std::result::Result<
                ::std::option::Option<super::MaintenanceSite>,
                ::std::string::String,
            >,
            odometer_meters: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            po_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                ::std::string::String,
            >,
            service_task_instances: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ServiceTaskInstance>>,
                ::std::string::String,
            >,
            started_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::enums::WorkOrderStatus,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Tax>,
                ::std::string::String,
            >,
            unallocated_labor: ::std::result::Result<
                ::std::option::Option<super::UnallocatedLabor>,
                ::std::string::String,
            >,
            updated_at_time: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            vendor_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            work_order_template_ids: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkOrder {
            fn default() -> Self {
                Self {
                    archived_at_time: Ok(Default::default()),
                    asset_id: Err("no value supplied for asset_id".to_string()),
                    assigned_user_id: Ok(Default::default()),
                    assignees: Ok(Default::default()),
                    attachments: Ok(Default::default()),
                    category: Ok(Default::default()),
                    closing_notes: Ok(Default::default()),
                    completed_at_time: Ok(Default::default()),
                    created_at_time: Err(
                        "no value supplied for created_at_time".to_string(),
                    ),
                    created_by_user_id: Ok(Default::default()),
                    description: Ok(Default::default()),
                    discount: Ok(Default::default()),
                    due_at_time: Ok(Default::default()),
                    engine_hours: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    invoice_number: Ok(Default::default()),
                    items: Ok(Default::default()),
                    maintenance_site: Ok(Default::default()),
                    odometer_meters: Ok(Default::default()),
                    po_number: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    service_task_instances: Ok(Default::default()),
                    started_at_time: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    tax: Ok(Default::default()),
                    unallocated_labor: Ok(Default::default()),
                    updated_at_time: Err(
                        "no value supplied for updated_at_time".to_string(),
                    ),
                    vendor_uuid: Ok(Default::default()),
                    work_order_template_ids: Ok(Default::default()),
                }
            }
        }
        impl WorkOrder {
            pub fn archived_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.archived_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archived_at_time: {e}"
                        )
                    });
                self
            }
            pub fn asset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.asset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asset_id: {e}")
                    });
                self
            }
            pub fn assigned_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assigned_user_id: {e}"
                        )
                    });
                self
            }
            pub fn assignees<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Assignee>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.assignees = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for assignees: {e}")
                    });
                self
            }
            pub fn attachments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkOrderAttachment>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.attachments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attachments: {e}")
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn closing_notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.closing_notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for closing_notes: {e}")
                    });
                self
            }
            pub fn completed_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_at_time: {e}"
                        )
                    });
                self
            }
            pub fn created_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_time: {e}"
                        )
                    });
                self
            }
            pub fn created_by_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_by_user_id: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Discount>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn due_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at_time: {e}")
                    });
                self
            }
            pub fn engine_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine_hours: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_number: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn maintenance_site<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MaintenanceSite>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.maintenance_site = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for maintenance_site: {e}"
                        )
                    });
                self
            }
            pub fn odometer_meters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.odometer_meters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for odometer_meters: {e}"
                        )
                    });
                self
            }
            pub fn po_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.po_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for po_number: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn service_task_instances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::ServiceTaskInstance>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_task_instances = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_task_instances: {e}"
                        )
                    });
                self
            }
            pub fn started_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for started_at_time: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::WorkOrderStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Tax>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            pub fn unallocated_labor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::UnallocatedLabor>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.unallocated_labor = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for unallocated_labor: {e}"
                        )
                    });
                self
            }
            pub fn updated_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for updated_at_time: {e}"
                        )
                    });
                self
            }
            pub fn vendor_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vendor_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vendor_uuid: {e}")
                    });
                self
            }
            pub fn work_order_template_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.work_order_template_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for work_order_template_ids: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrder> for super::WorkOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archived_at_time: value.archived_at_time?,
                    asset_id: value.asset_id?,
                    assigned_user_id: value.assigned_user_id?,
                    assignees: value.assignees?,
                    attachments: value.attachments?,
                    category: value.category?,
                    closing_notes: value.closing_notes?,
                    completed_at_time: value.completed_at_time?,
                    created_at_time: value.created_at_time?,
                    created_by_user_id: value.created_by_user_id?,
                    description: value.description?,
                    discount: value.discount?,
                    due_at_time: value.due_at_time?,
                    engine_hours: value.engine_hours?,
                    id: value.id?,
                    invoice_number: value.invoice_number?,
                    items: value.items?,
                    maintenance_site: value.maintenance_site?,
                    odometer_meters: value.odometer_meters?,
                    po_number: value.po_number?,
                    priority: value.priority?,
                    service_task_instances: value.service_task_instances?,
                    started_at_time: value.started_at_time?,
                    status: value.status?,
                    tax: value.tax?,
                    unallocated_labor: value.unallocated_labor?,
                    updated_at_time: value.updated_at_time?,
                    vendor_uuid: value.vendor_uuid?,
                    work_order_template_ids: value.work_order_template_ids?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrder> for WorkOrder {
            fn from(value: super::WorkOrder) -> Self {
                Self {
                    archived_at_time: Ok(value.archived_at_time),
                    asset_id: Ok(value.asset_id),
                    assigned_user_id: Ok(value.assigned_user_id),
                    assignees: Ok(value.assignees),
                    attachments: Ok(value.attachments),
                    category: Ok(value.category),
                    closing_notes: Ok(value.closing_notes),
                    completed_at_time: Ok(value.completed_at_time),
                    created_at_time: Ok(value.created_at_time),
                    created_by_user_id: Ok(value.created_by_user_id),
                    description: Ok(value.description),
                    discount: Ok(value.discount),
                    due_at_time: Ok(value.due_at_time),
                    engine_hours: Ok(value.engine_hours),
                    id: Ok(value.id),
                    invoice_number: Ok(value.invoice_number),
                    items: Ok(value.items),
                    maintenance_site: Ok(value.maintenance_site),
                    odometer_meters: Ok(value.odometer_meters),
                    po_number: Ok(value.po_number),
                    priority: Ok(value.priority),
                    service_task_instances: Ok(value.service_task_instances),
                    started_at_time: Ok(value.started_at_time),
                    status: Ok(value.status),
                    tax: Ok(value.tax),
                    unallocated_labor: Ok(value.unallocated_labor),
                    updated_at_time: Ok(value.updated_at_time),
                    vendor_uuid: Ok(value.vendor_uuid),
                    work_order_template_ids: Ok(value.work_order_template_ids),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderAttachment {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            processing_status: ::std::result::Result<
                crate::generated::enums::ProcessingStatus,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkOrderAttachment {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    processing_status: Err(
                        "no value supplied for processing_status".to_string(),
                    ),
                    url: Ok(Default::default()),
                    url_expires_at: Ok(Default::default()),
                }
            }
        }
        impl WorkOrderAttachment {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn processing_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::ProcessingStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.processing_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_status: {e}"
                        )
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn url_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.url_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for url_expires_at: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderAttachment>
        for super::WorkOrderAttachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderAttachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    processing_status: value.processing_status?,
                    url: value.url?,
                    url_expires_at: value.url_expires_at?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrderAttachment> for WorkOrderAttachment {
            fn from(value: super::WorkOrderAttachment) -> Self {
                Self {
                    id: Ok(value.id),
                    processing_status: Ok(value.processing_status),
                    url: Ok(value.url),
                    url_expires_at: Ok(value.url_expires_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderCreate {
            archived_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            asset_id: ::std::result::Result<
                crate::external_id::IdRef,
                ::std::string::String,
            >,
            assigned_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            completed_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<super::Discount>,
                ::std::string::String,
            >,
            due_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            engine_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                ::std::string::String,
            >,
            odometer_meters: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            place_external_id: ::std::result::Result<
                ::std::option::Option<crate::external_id::ExternalId>,
                ::std::string::String,
            >,
            place_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            po_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                ::std::string::String,
            >,
            service_task_instances: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ServiceTaskInstanceInput>>,
                ::std::string::String,
            >,
            started_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Tax>,
                ::std::string::String,
            >,
            vendor_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkOrderCreate {
            fn default() -> Self {
                Self {
                    archived_at_time: Ok(Default::default()),
                    asset_id: Err("no value supplied for asset_id".to_string()),
                    assigned_user_id: Ok(Default::default()),
                    category: Ok(Default::default()),
                    completed_at_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    discount: Ok(Default::default()),
                    due_at_time: Ok(Default::default()),
                    engine_hours: Ok(Default::default()),
                    invoice_number: Ok(Default::default()),
                    items: Ok(Default::default()),
                    odometer_meters: Ok(Default::default()),
                    place_external_id: Ok(Default::default()),
                    place_id: Ok(Default::default()),
                    po_number: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    service_task_instances: Ok(Default::default()),
                    started_at_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    vendor_uuid: Ok(Default::default()),
                }
            }
        }
        impl WorkOrderCreate {
            pub fn archived_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.archived_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archived_at_time: {e}"
                        )
                    });
                self
            }
            pub fn asset_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::external_id::IdRef>,
                T::Error: ::std::fmt::Display,
            {
                self.asset_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for asset_id: {e}")
                    });
                self
            }
            pub fn assigned_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assigned_user_id: {e}"
                        )
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn completed_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_at_time: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Discount>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn due_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at_time: {e}")
                    });
                self
            }
            pub fn engine_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine_hours: {e}")
                    });
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_number: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn odometer_meters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.odometer_meters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for odometer_meters: {e}"
                        )
                    });
                self
            }
            pub fn place_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::external_id::ExternalId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.place_external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for place_external_id: {e}"
                        )
                    });
                self
            }
            pub fn place_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.place_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place_id: {e}")
                    });
                self
            }
            pub fn po_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.po_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for po_number: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn service_task_instances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::ServiceTaskInstanceInput>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_task_instances = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_task_instances: {e}"
                        )
                    });
                self
            }
            pub fn started_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for started_at_time: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Tax>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            pub fn vendor_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vendor_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vendor_uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderCreate> for super::WorkOrderCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archived_at_time: value.archived_at_time?,
                    asset_id: value.asset_id?,
                    assigned_user_id: value.assigned_user_id?,
                    category: value.category?,
                    completed_at_time: value.completed_at_time?,
                    description: value.description?,
                    discount: value.discount?,
                    due_at_time: value.due_at_time?,
                    engine_hours: value.engine_hours?,
                    invoice_number: value.invoice_number?,
                    items: value.items?,
                    odometer_meters: value.odometer_meters?,
                    place_external_id: value.place_external_id?,
                    place_id: value.place_id?,
                    po_number: value.po_number?,
                    priority: value.priority?,
                    service_task_instances: value.service_task_instances?,
                    started_at_time: value.started_at_time?,
                    status: value.status?,
                    tax: value.tax?,
                    vendor_uuid: value.vendor_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrderCreate> for WorkOrderCreate {
            fn from(value: super::WorkOrderCreate) -> Self {
                Self {
                    archived_at_time: Ok(value.archived_at_time),
                    asset_id: Ok(value.asset_id),
                    assigned_user_id: Ok(value.assigned_user_id),
                    category: Ok(value.category),
                    completed_at_time: Ok(value.completed_at_time),
                    description: Ok(value.description),
                    discount: Ok(value.discount),
                    due_at_time: Ok(value.due_at_time),
                    engine_hours: Ok(value.engine_hours),
                    invoice_number: Ok(value.invoice_number),
                    items: Ok(value.items),
                    odometer_meters: Ok(value.odometer_meters),
                    place_external_id: Ok(value.place_external_id),
                    place_id: Ok(value.place_id),
                    po_number: Ok(value.po_number),
                    priority: Ok(value.priority),
                    service_task_instances: Ok(value.service_task_instances),
                    started_at_time: Ok(value.started_at_time),
                    status: Ok(value.status),
                    tax: Ok(value.tax),
                    vendor_uuid: Ok(value.vendor_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderItem {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::generated::enums::WorkOrderItemType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkOrderItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl WorkOrderItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::enums::WorkOrderItemType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderItem> for super::WorkOrderItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrderItem> for WorkOrderItem {
            fn from(value: super::WorkOrderItem) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderPage {
            data: ::std::result::Result<
                ::std::vec::Vec<super::WorkOrder>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for WorkOrderPage {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl WorkOrderPage {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::WorkOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderPage> for super::WorkOrderPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrderPage> for WorkOrderPage {
            fn from(value: super::WorkOrderPage) -> Self {
                Self {
                    data: Ok(value.data),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderPatch {
            archived_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            assigned_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            closing_notes: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            completed_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount: ::std::result::Result<
                ::std::option::Option<super::Discount>,
                ::std::string::String,
            >,
            due_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            engine_hours: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invoice_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                ::std::string::String,
            >,
            odometer_meters: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            place_external_id: ::std::result::Result<
                ::std::option::Option<crate::external_id::ExternalId>,
                ::std::string::String,
            >,
            place_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            po_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            priority: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                ::std::string::String,
            >,
            service_task_instances: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::ServiceTaskInstanceInput>>,
                ::std::string::String,
            >,
            started_at_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
                ::std::string::String,
            >,
            tax: ::std::result::Result<
                ::std::option::Option<super::Tax>,
                ::std::string::String,
            >,
            vendor_uuid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WorkOrderPatch {
            fn default() -> Self {
                Self {
                    archived_at_time: Ok(Default::default()),
                    assigned_user_id: Ok(Default::default()),
                    category: Ok(Default::default()),
                    closing_notes: Ok(Default::default()),
                    completed_at_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    discount: Ok(Default::default()),
                    due_at_time: Ok(Default::default()),
                    engine_hours: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    invoice_number: Ok(Default::default()),
                    items: Ok(Default::default()),
                    odometer_meters: Ok(Default::default()),
                    place_external_id: Ok(Default::default()),
                    place_id: Ok(Default::default()),
                    po_number: Ok(Default::default()),
                    priority: Ok(Default::default()),
                    service_task_instances: Ok(Default::default()),
                    started_at_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tax: Ok(Default::default()),
                    vendor_uuid: Ok(Default::default()),
                }
            }
        }
        impl WorkOrderPatch {
            pub fn archived_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.archived_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for archived_at_time: {e}"
                        )
                    });
                self
            }
            pub fn assigned_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.assigned_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for assigned_user_id: {e}"
                        )
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn closing_notes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.closing_notes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for closing_notes: {e}")
                    });
                self
            }
            pub fn completed_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.completed_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for completed_at_time: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn discount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Discount>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount: {e}")
                    });
                self
            }
            pub fn due_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.due_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for due_at_time: {e}")
                    });
                self
            }
            pub fn engine_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.engine_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for engine_hours: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn invoice_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_number: {e}"
                        )
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::WorkOrderItem>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn odometer_meters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.odometer_meters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for odometer_meters: {e}"
                        )
                    });
                self
            }
            pub fn place_external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::external_id::ExternalId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.place_external_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for place_external_id: {e}"
                        )
                    });
                self
            }
            pub fn place_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.place_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place_id: {e}")
                    });
                self
            }
            pub fn po_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.po_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for po_number: {e}")
                    });
                self
            }
            pub fn priority<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WorkOrderPriority>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.priority = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for priority: {e}")
                    });
                self
            }
            pub fn service_task_instances<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::ServiceTaskInstanceInput>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_task_instances = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_task_instances: {e}"
                        )
                    });
                self
            }
            pub fn started_at_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.started_at_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for started_at_time: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::enums::WorkOrderStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tax<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Tax>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax: {e}")
                    });
                self
            }
            pub fn vendor_uuid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vendor_uuid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vendor_uuid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderPatch> for super::WorkOrderPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    archived_at_time: value.archived_at_time?,
                    assigned_user_id: value.assigned_user_id?,
                    category: value.category?,
                    closing_notes: value.closing_notes?,
                    completed_at_time: value.completed_at_time?,
                    description: value.description?,
                    discount: value.discount?,
                    due_at_time: value.due_at_time?,
                    engine_hours: value.engine_hours?,
                    id: value.id?,
                    invoice_number: value.invoice_number?,
                    items: value.items?,
                    odometer_meters: value.odometer_meters?,
                    place_external_id: value.place_external_id?,
                    place_id: value.place_id?,
                    po_number: value.po_number?,
                    priority: value.priority?,
                    service_task_instances: value.service_task_instances?,
                    started_at_time: value.started_at_time?,
                    status: value.status?,
                    tax: value.tax?,
                    vendor_uuid: value.vendor_uuid?,
                })
            }
        }
        impl ::std::convert::From<super::WorkOrderPatch> for WorkOrderPatch {
            fn from(value: super::WorkOrderPatch) -> Self {
                Self {
                    archived_at_time: Ok(value.archived_at_time),
                    assigned_user_id: Ok(value.assigned_user_id),
                    category: Ok(value.category),
                    closing_notes: Ok(value.closing_notes),
                    completed_at_time: Ok(value.completed_at_time),
                    description: Ok(value.description),
                    discount: Ok(value.discount),
                    due_at_time: Ok(value.due_at_time),
                    engine_hours: Ok(value.engine_hours),
                    id: Ok(value.id),
                    invoice_number: Ok(value.invoice_number),
                    items: Ok(value.items),
                    odometer_meters: Ok(value.odometer_meters),
                    place_external_id: Ok(value.place_external_id),
                    place_id: Ok(value.place_id),
                    po_number: Ok(value.po_number),
                    priority: Ok(value.priority),
                    service_task_instances: Ok(value.service_task_instances),
                    started_at_time: Ok(value.started_at_time),
                    status: Ok(value.status),
                    tax: Ok(value.tax),
                    vendor_uuid: Ok(value.vendor_uuid),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WorkOrderResponse {
            data: ::std::result::Result<super::WorkOrder, ::std::string::String>,
        }
        impl ::std::default::Default for WorkOrderResponse {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                }
            }
        }
        impl WorkOrderResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::WorkOrder>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<WorkOrderResponse> for super::WorkOrderResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WorkOrderResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { data: value.data? })
            }
        }
        impl ::std::convert::From<super::WorkOrderResponse> for WorkOrderResponse {
            fn from(value: super::WorkOrderResponse) -> Self {
                Self { data: Ok(value.data) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Samsara API: qualification records and maintenance work orders

Hand-curated subset of Samsara's REST API (published spec 2025-10-23, plus members documented by the official SDKs 14.10.0 / 11.11.1): qualification records, qualification types and maintenance work orders.

Conventions: optional arrays and maps are `nullable` so that absent, null and empty stay distinct; every string enum is open (clients must accept values not listed); 5xx responses are undeclared because their body may be plain text; `x-samsara-rate-limit` gives each operation's documented budget (plus 150 requests/s per token across all operations).

Version: 2025-10-23*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub(crate) fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
#[doc(hidden)]
impl ClientInfo<crate::transport::Transport> for Client {
    fn api_version() -> &'static str {
        "2025-10-23"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
#[doc(hidden)]
impl ClientHooks<crate::transport::Transport> for &Client {}
impl Client {
    /**Get a list of specified qualification records

Returns qualification records for the specified list of IDs.

Sends a `GET` request to `/qualification-records`

Arguments:
- `ids`: A comma-separated list containing up to 100 qualification record IDs to filter on. This can either be the Samsara-specified ID, or an external ID. External IDs are customer specified key-value pairs created in the POST or PATCH requests of this resource. To specify an external ID as part of a query parameter, use the following format: key:value.
- `include_external_ids`: If true, externalIds for qualification record and for the owner entity are returned.
```ignore
let response = client.get_qualification_records()
    .ids(ids)
    .include_external_ids(include_external_ids)
    .send()
    .await;
```*/
    pub fn get_qualification_records(&self) -> builder::GetQualificationRecords<'_> {
        builder::GetQualificationRecords::new(self)
    }
    /**Create a qualification record

Creates a new qualification record.

Sends a `POST` request to `/qualification-records`

```ignore
let response = client.post_qualification_record()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_qualification_record(&self) -> builder::PostQualificationRecord<'_> {
        builder::PostQualificationRecord::new(self)
    }
    /**Delete a qualification record

Deletes an existing qualification record.

Sends a `DELETE` request to `/qualification-records`

```ignore
let response = client.delete_qualification_record()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_qualification_record(&self) -> builder::DeleteQualificationRecord<'_> {
        builder::DeleteQualificationRecord::new(self)
    }
    /**Update a qualification record

Updates an existing qualification record.

Sends a `PATCH` request to `/qualification-records`

```ignore
let response = client.patch_qualification_record()
    .body(body)
    .send()
    .await;
```*/
    pub fn patch_qualification_record(&self) -> builder::PatchQualificationRecord<'_> {
        builder::PatchQualificationRecord::new(self)
    }
    /**Get a stream of filtered qualification records

Returns all qualification records that have been created or modified for your organization based on the time parameters passed in. Results are paginated and are sorted by last modified date. If you include an endTime, the endpoint will return data up until that point (exclusive). If you don't include an endTime, the API will continue to poll with the pagination cursor that gets returned on every call. The hasNextPage response value will be true if there is no endTime specified and endCursor is nonempty.

Sends a `GET` request to `/qualification-records/stream`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `end_time`: An end time in RFC 3339 format. Optional and defaults to now if not provided. Millisecond precision and timezones are supported. Examples: '2019-06-13T19:08:25Z' (basic UTC), '2019-06-13T19:08:25.455Z' (with milliseconds), '2015-09-15T14:00:12-04:00' (with timezone).
- `entity_type`: String of entity type.  Valid values: `worker`, `asset`
- `include_deleted`: If true, deleted qualification records are returned.
- `include_external_ids`: If true, externalIds for qualification record and for the owner entity are returned.
- `limit`: The maximum number of objects on a page (default and maximum 512). Samsara may return fewer.
- `owner_ids`: Optional comma-separated list of unique Samsara IDs of workers (if "entityType" is "worker") or assets (if "entityType" is "asset") to filter on. Max value for this field is 100 objects.
- `qualification_type_ids`: Optional comma-separated list containing up to 100 qualification type IDs to filter on.
- `start_time`: A start time in RFC 3339 format. Millisecond precision and timezones are supported. Examples: '2019-06-13T19:08:25Z' (basic UTC), '2019-06-13T19:08:25.455Z' (with milliseconds), '2015-09-15T14:00:12-04:00' (with timezone).
```ignore
let response = client.get_qualification_records_stream()
    .after(after)
    .end_time(end_time)
    .entity_type(entity_type)
    .include_deleted(include_deleted)
    .include_external_ids(include_external_ids)
    .limit(limit)
    .owner_ids(owner_ids)
    .qualification_type_ids(qualification_type_ids)
    .start_time(start_time)
    .send()
    .await;
```*/
    pub fn get_qualification_records_stream(
        &self,
    ) -> builder::GetQualificationRecordsStream<'_> {
        builder::GetQualificationRecordsStream::new(self)
    }
    /**Archive a qualification record

Archives an existing qualification record.

Sends a `POST` request to `/qualification-records/archive`

```ignore
let response = client.archive_qualification_record()
    .body(body)
    .send()
    .await;
```*/
    pub fn archive_qualification_record(
        &self,
    ) -> builder::ArchiveQualificationRecord<'_> {
        builder::ArchiveQualificationRecord::new(self)
    }
    /**Unarchive a qualification record

Unarchives an existing qualification record.

Sends a `POST` request to `/qualification-records/unarchive`

```ignore
let response = client.unarchive_qualification_record()
    .body(body)
    .send()
    .await;
```*/
    pub fn unarchive_qualification_record(
        &self,
    ) -> builder::UnarchiveQualificationRecord<'_> {
        builder::UnarchiveQualificationRecord::new(self)
    }
    /**Get a list of qualification types

Returns a list of qualification types for the specified list of IDs. If no IDs are provided, all qualification types will be returned.

Sends a `GET` request to `/qualification-types`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `entity_type`: String of entity type.  Valid values: `worker`, `asset`
- `ids`: Optional comma-separated list containing up to 100 qualification type IDs to filter on. If no IDs are provided, all qualification types will be returned.
- `limit`: The maximum number of objects on a page (default and maximum 512). Samsara may return fewer.
```ignore
let response = client.get_qualification_types()
    .after(after)
    .entity_type(entity_type)
    .ids(ids)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn get_qualification_types(&self) -> builder::GetQualificationTypes<'_> {
        builder::GetQualificationTypes::new(self)
    }
    /**Gets work orders

Gets work orders.

Sends a `GET` request to `/maintenance/work-orders`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `ids`: Filter by the IDs. Up to 100 ids. Returns all if no ids are provided.
- `include_external_ids`: When true, populates `maintenanceSite.placeExternalIds` on each work order.
- `limit`: The maximum number of objects on a page (default and maximum 512). Samsara may return fewer.
```ignore
let response = client.get_work_orders()
    .after(after)
    .ids(ids)
    .include_external_ids(include_external_ids)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn get_work_orders(&self) -> builder::GetWorkOrders<'_> {
        builder::GetWorkOrders::new(self)
    }
    /**Creates a work order

Creates a work order.

Sends a `POST` request to `/maintenance/work-orders`

```ignore
let response = client.post_work_orders()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_work_orders(&self) -> builder::PostWorkOrders<'_> {
        builder::PostWorkOrders::new(self)
    }
    /**Deletes a work order

Deletes a work order.

Sends a `DELETE` request to `/maintenance/work-orders`

Arguments:
- `id`: The unique id of the work order.
```ignore
let response = client.delete_work_orders()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_work_orders(&self) -> builder::DeleteWorkOrders<'_> {
        builder::DeleteWorkOrders::new(self)
    }
    /**Updates a work order

Updates a work order.

Sends a `PATCH` request to `/maintenance/work-orders`

```ignore
let response = client.patch_work_orders()
    .body(body)
    .send()
    .await;
```*/
    pub fn patch_work_orders(&self) -> builder::PatchWorkOrders<'_> {
        builder::PatchWorkOrders::new(self)
    }
    /**Stream work orders

Stream work orders.

Sends a `GET` request to `/maintenance/work-orders/stream`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `asset_ids`: Work Order asset id filter. Up to 50 ids.
- `assigned_user_ids`: Work Order assigned user id filter. Up to 50 ids.
- `end_time`:  An end time in RFC 3339 format. Defaults to now if not provided. Millisecond precision and timezones are supported. (Examples: 2019-06-13T19:08:25Z, 2019-06-13T19:08:25.455Z, OR 2015-09-15T14:00:12-04:00).
- `include_external_ids`: When true, populates `maintenanceSite.placeExternalIds` on each work order.
- `limit`: The maximum number of objects on a page (default and maximum 512). Samsara may return fewer.
- `start_time`: A start time in RFC 3339 format. Millisecond precision and timezones are supported. (Examples: 2019-06-13T19:08:25Z, 2019-06-13T19:08:25.455Z, OR 2015-09-15T14:00:12-04:00).
- `work_order_statuses`: Work Order status filter.
```ignore
let response = client.stream_work_orders()
    .after(after)
    .asset_ids(asset_ids)
    .assigned_user_ids(assigned_user_ids)
    .end_time(end_time)
    .include_external_ids(include_external_ids)
    .limit(limit)
    .start_time(start_time)
    .work_order_statuses(work_order_statuses)
    .send()
    .await;
```*/
    pub fn stream_work_orders(&self) -> builder::StreamWorkOrders<'_> {
        builder::StreamWorkOrders::new(self)
    }
    /**Gets service tasks

The service-task definitions (name, category, estimated labour time in minutes, estimated parts cost) that a work order's service tasks refer to, a page at a time (cursor `after`). Archived definitions only with `includeArchived=true`.

Sends a `GET` request to `/maintenance/service-tasks`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `ids`: Filter by the IDs. If not provided, won't filter by id.
- `include_archived`: Include archived service task definitions.
```ignore
let response = client.get_service_tasks()
    .after(after)
    .ids(ids)
    .include_archived(include_archived)
    .send()
    .await;
```*/
    pub fn get_service_tasks(&self) -> builder::GetServiceTasks<'_> {
        builder::GetServiceTasks::new(self)
    }
    /**Process an invoice scan

Scans an invoice (a Base64 PDF, JPEG or PNG, at most 10 MB decoded) with AI extraction, and creates a work order for `assetId` or attaches the invoice to the work order `workOrderId` (exactly one of the two). Not replay-safe: a scan whose answer is lost is `Error::OutcomeUnknown`.

Sends a `POST` request to `/maintenance/invoice-scans`

```ignore
let response = client.post_invoice_scan()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_invoice_scan(&self) -> builder::PostInvoiceScan<'_> {
        builder::PostInvoiceScan::new(self)
    }
    /**Retrieve a webhook with given ID

Retrieve a webhook with given ID.

Sends a `GET` request to `/webhooks/{id}`

Arguments:
- `id`: ID of the webhook. This is the Samsara-specified ID.
```ignore
let response = client.get_webhook()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_webhook(&self) -> builder::GetWebhook<'_> {
        builder::GetWebhook::new(self)
    }
    /**Delete a webhook with the given ID

Delete a webhook with the given ID.

Sends a `DELETE` request to `/webhooks/{id}`

Arguments:
- `id`: Unique identifier for the webhook to delete.
```ignore
let response = client.delete_webhook()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_webhook(&self) -> builder::DeleteWebhook<'_> {
        builder::DeleteWebhook::new(self)
    }
    /**Update a specific webhook's information

Update a specific webhook's information.  **Note** this implementation of patch uses [the JSON merge patch](https://tools.ietf.org/html/rfc7396) proposed standard.
 This means that any fields included in the patch request will _overwrite_ fields which exist on the target resource.
 For arrays, this means any array included in the request will _replace_ the array that exists at the specified path, it will not _add_ to the existing array

Sends a `PATCH` request to `/webhooks/{id}`

Arguments:
- `id`: Unique identifier for the webhook to update.
- `body`
```ignore
let response = client.patch_webhook()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn patch_webhook(&self) -> builder::PatchWebhook<'_> {
        builder::PatchWebhook::new(self)
    }
    /**List all webhooks belonging to a specific org

The organisation's webhooks, a page at a time (cursor `after`, up to 512 a page; `ids` filters by a comma-separated list of webhook ids).

Sends a `GET` request to `/webhooks`

Arguments:
- `after`:  If specified, this should be the endCursor value from the previous page of results. When present, this request will return the next page of results that occur immediately after the previous page of results.
- `ids`:  A filter on the data based on this comma-separated list of webhook IDs. Example: `ids=49412323223,49412329928`
- `limit`: The limit for how many objects will be in the response. Default and max for this value is 512 objects.
```ignore
let response = client.list_webhooks()
    .after(after)
    .ids(ids)
    .limit(limit)
    .send()
    .await;
```*/
    pub fn list_webhooks(&self) -> builder::ListWebhooks<'_> {
        builder::ListWebhooks::new(self)
    }
    /**Create a webhook

Creates a webhook: Samsara then POSTs each event of the listed `eventTypes` to `url`, signed with the webhook's `secretKey` (verify with `samsara::webhook::Verifier`). Not replay-safe: a create whose answer is lost is `Error::OutcomeUnknown`; list the webhooks and look for its `url` before creating it again.

Sends a `POST` request to `/webhooks`

```ignore
let response = client.post_webhooks()
    .body(body)
    .send()
    .await;
```*/
    pub fn post_webhooks(&self) -> builder::PostWebhooks<'_> {
        builder::PostWebhooks::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_qualification_records`]

[`Client::get_qualification_records`]: super::Client::get_qualification_records*/
    #[derive(Debug, Clone)]
    pub struct GetQualificationRecords<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) ids: Result<::std::vec::Vec<crate::external_id::IdRef>, String>,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
    }
    impl<'a> GetQualificationRecords<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ids: Err("ids was not initialized".to_string()),
                include_external_ids: Ok(None),
            }
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<crate::external_id::IdRef>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<crate::external_id::IdRef>,
            >>::Error: std::fmt::Display,
        {
            self.ids = value.try_into().map_err(|e| format!("ids: {}", e));
            self
        }
        pub fn include_external_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_external_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_external_ids: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, ids, include_external_ids } = self;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let include_external_ids = include_external_ids
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeExternalIds",
                        &include_external_ids,
                    ),
                )
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::post_qualification_record`]

[`Client::post_qualification_record`]: super::Client::post_qualification_record*/
    #[derive(Debug, Clone)]
    pub struct PostQualificationRecord<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::QualificationRecordCreate, String>,
    }
    impl<'a> PostQualificationRecord<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QualificationRecordCreate>,
            <V as std::convert::TryInto<
                types::QualificationRecordCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QualificationRecordCreate` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QualificationRecordCreate,
            ) -> types::builder::QualificationRecordCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QualificationRecordCreate::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::delete_qualification_record`]

[`Client::delete_qualification_record`]: super::Client::delete_qualification_record*/
    #[derive(Debug, Clone)]
    pub struct DeleteQualificationRecord<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::QualificationRecordIdRequest, String>,
    }
    impl<'a> DeleteQualificationRecord<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QualificationRecordIdRequest>,
            <V as std::convert::TryInto<
                types::QualificationRecordIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QualificationRecordIdRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QualificationRecordIdRequest,
            ) -> types::builder::QualificationRecordIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QualificationRecordIdRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::patch_qualification_record`]

[`Client::patch_qualification_record`]: super::Client::patch_qualification_record*/
    #[derive(Debug, Clone)]
    pub struct PatchQualificationRecord<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::QualificationRecordPatch, String>,
    }
    impl<'a> PatchQualificationRecord<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QualificationRecordPatch>,
            <V as std::convert::TryInto<
                types::QualificationRecordPatch,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QualificationRecordPatch` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QualificationRecordPatch,
            ) -> types::builder::QualificationRecordPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QualificationRecordPatch::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::get_qualification_records_stream`]

[`Client::get_qualification_records_stream`]: super::Client::get_qualification_records_stream*/
    #[derive(Debug, Clone)]
    pub struct GetQualificationRecordsStream<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) end_time: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) entity_type: Result<crate::generated::enums::EntityType, String>,
        pub(crate) include_deleted: Result<Option<bool>, String>,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
        pub(crate) owner_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) qualification_type_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) start_time: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    }
    impl<'a> GetQualificationRecordsStream<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                end_time: Ok(None),
                entity_type: Err("entity_type was not initialized".to_string()),
                include_deleted: Ok(None),
                include_external_ids: Ok(None),
                limit: Ok(None),
                owner_ids: Ok(None),
                qualification_type_ids: Ok(None),
                start_time: Err("start_time was not initialized".to_string()),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            <V as std::convert::TryInto<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::Error: std::fmt::Display,
        {
            self.end_time = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("end_time: {}", e));
            self
        }
        pub fn entity_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::generated::enums::EntityType>,
            <V as std::convert::TryInto<
                crate::generated::enums::EntityType,
            >>::Error: std::fmt::Display,
        {
            self.entity_type = value
                .try_into()
                .map_err(|e| format!("entity_type: {}", e));
            self
        }
        pub fn include_deleted<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_deleted = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_deleted: {}", e));
            self
        }
        pub fn include_external_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_external_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_external_ids: {}", e));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::model::page_limit::PageLimit>,
            <V as std::convert::TryInto<
                crate::model::page_limit::PageLimit,
            >>::Error: std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {}", e));
            self
        }
        pub fn owner_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.owner_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("owner_ids: {}", e));
            self
        }
        pub fn qualification_type_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.qualification_type_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("qualification_type_ids: {}", e));
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            <V as std::convert::TryInto<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::Error: std::fmt::Display,
        {
            self.start_time = value.try_into().map_err(|e| format!("start_time: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                after,
                end_time,
                entity_type,
                include_deleted,
                include_external_ids,
                limit,
                owner_ids,
                qualification_type_ids,
                start_time,
            } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let entity_type = entity_type.map_err(Error::InvalidRequest)?;
            let include_deleted = include_deleted.map_err(Error::InvalidRequest)?;
            let include_external_ids = include_external_ids
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let owner_ids = owner_ids.map_err(Error::InvalidRequest)?;
            let qualification_type_ids = qualification_type_ids
                .map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records/stream", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("endTime", &end_time))
                .query(&progenitor_client::QueryParam::new("entityType", &entity_type))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeDeleted",
                        &include_deleted,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeExternalIds",
                        &include_external_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("ownerIds", &owner_ids))
                .query(
                    &progenitor_client::QueryParam::new(
                        "qualificationTypeIds",
                        &qualification_type_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("startTime", &start_time))
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::archive_qualification_record`]

[`Client::archive_qualification_record`]: super::Client::archive_qualification_record*/
    #[derive(Debug, Clone)]
    pub struct ArchiveQualificationRecord<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::QualificationRecordIdRequest, String>,
    }
    impl<'a> ArchiveQualificationRecord<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QualificationRecordIdRequest>,
            <V as std::convert::TryInto<
                types::QualificationRecordIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QualificationRecordIdRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QualificationRecordIdRequest,
            ) -> types::builder::QualificationRecordIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QualificationRecordIdRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records/archive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::unarchive_qualification_record`]

[`Client::unarchive_qualification_record`]: super::Client::unarchive_qualification_record*/
    #[derive(Debug, Clone)]
    pub struct UnarchiveQualificationRecord<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::QualificationRecordIdRequest, String>,
    }
    impl<'a> UnarchiveQualificationRecord<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::QualificationRecordIdRequest>,
            <V as std::convert::TryInto<
                types::QualificationRecordIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `QualificationRecordIdRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::QualificationRecordIdRequest,
            ) -> types::builder::QualificationRecordIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::QualificationRecordIdRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-records/unarchive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::get_qualification_types`]

[`Client::get_qualification_types`]: super::Client::get_qualification_types*/
    #[derive(Debug, Clone)]
    pub struct GetQualificationTypes<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) entity_type: Result<crate::generated::enums::EntityType, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
    }
    impl<'a> GetQualificationTypes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                entity_type: Err("entity_type was not initialized".to_string()),
                ids: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn entity_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::generated::enums::EntityType>,
            <V as std::convert::TryInto<
                crate::generated::enums::EntityType,
            >>::Error: std::fmt::Display,
        {
            self.entity_type = value
                .try_into()
                .map_err(|e| format!("entity_type: {}", e));
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.ids = value.try_into().map(Some).map_err(|e| format!("ids: {}", e));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::model::page_limit::PageLimit>,
            <V as std::convert::TryInto<
                crate::model::page_limit::PageLimit,
            >>::Error: std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, after, entity_type, ids, limit } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let entity_type = entity_type.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/qualification-types", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("entityType", &entity_type))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::get_work_orders`]

[`Client::get_work_orders`]: super::Client::get_work_orders*/
    #[derive(Debug, Clone)]
    pub struct GetWorkOrders<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
    }
    impl<'a> GetWorkOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                ids: Ok(None),
                include_external_ids: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.ids = value.try_into().map(Some).map_err(|e| format!("ids: {}", e));
            self
        }
        pub fn include_external_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_external_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_external_ids: {}", e));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::model::page_limit::PageLimit>,
            <V as std::convert::TryInto<
                crate::model::page_limit::PageLimit,
            >>::Error: std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, after, ids, include_external_ids, limit } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let include_external_ids = include_external_ids
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/work-orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeExternalIds",
                        &include_external_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::post_work_orders`]

[`Client::post_work_orders`]: super::Client::post_work_orders*/
    #[derive(Debug, Clone)]
    pub struct PostWorkOrders<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::WorkOrderCreate, String>,
    }
    impl<'a> PostWorkOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WorkOrderCreate>,
            <V as std::convert::TryInto<
                types::WorkOrderCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WorkOrderCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WorkOrderCreate,
            ) -> types::builder::WorkOrderCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WorkOrderCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/work-orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::delete_work_orders`]

[`Client::delete_work_orders`]: super::Client::delete_work_orders*/
    #[derive(Debug, Clone)]
    pub struct DeleteWorkOrders<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteWorkOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.id = value.try_into().map_err(|e| format!("id: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/work-orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::patch_work_orders`]

[`Client::patch_work_orders`]: super::Client::patch_work_orders*/
    #[derive(Debug, Clone)]
    pub struct PatchWorkOrders<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::WorkOrderPatch, String>,
    }
    impl<'a> PatchWorkOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WorkOrderPatch>,
            <V as std::convert::TryInto<
                types::WorkOrderPatch,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WorkOrderPatch` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WorkOrderPatch,
            ) -> types::builder::WorkOrderPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WorkOrderPatch::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/work-orders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::stream_work_orders`]

[`Client::stream_work_orders`]: super::Client::stream_work_orders*/
    #[derive(Debug, Clone)]
    pub struct StreamWorkOrders<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) asset_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) assigned_user_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) end_time: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
        pub(crate) start_time: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
        pub(crate) work_order_statuses: Result<
            Option<::std::vec::Vec<crate::generated::enums::WorkOrderStatus>>,
            String,
        >,
    }
    impl<'a> StreamWorkOrders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                asset_ids: Ok(None),
                assigned_user_ids: Ok(None),
                end_time: Ok(None),
                include_external_ids: Ok(None),
                limit: Ok(None),
                start_time: Err("start_time was not initialized".to_string()),
                work_order_statuses: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn asset_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.asset_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("asset_ids: {}", e));
            self
        }
        pub fn assigned_user_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.assigned_user_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("assigned_user_ids: {}", e));
            self
        }
        pub fn end_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            <V as std::convert::TryInto<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::Error: std::fmt::Display,
        {
            self.end_time = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("end_time: {}", e));
            self
        }
        pub fn include_external_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_external_ids = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_external_ids: {}", e));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::model::page_limit::PageLimit>,
            <V as std::convert::TryInto<
                crate::model::page_limit::PageLimit,
            >>::Error: std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {}", e));
            self
        }
        pub fn start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
            <V as std::convert::TryInto<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::Error: std::fmt::Display,
        {
            self.start_time = value.try_into().map_err(|e| format!("start_time: {}", e));
            self
        }
        pub fn work_order_statuses<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::enums::WorkOrderStatus>,
            >,
            <V as std::convert::TryInto<
                ::std::vec::Vec<crate::generated::enums::WorkOrderStatus>,
            >>::Error: std::fmt::Display,
        {
            self.work_order_statuses = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("work_order_statuses: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                after,
                asset_ids,
                assigned_user_ids,
                end_time,
                include_external_ids,
                limit,
                start_time,
                work_order_statuses,
            } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let asset_ids = asset_ids.map_err(Error::InvalidRequest)?;
            let assigned_user_ids = assigned_user_ids.map_err(Error::InvalidRequest)?;
            let end_time = end_time.map_err(Error::InvalidRequest)?;
            let include_external_ids = include_external_ids
                .map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let start_time = start_time.map_err(Error::InvalidRequest)?;
            let work_order_statuses = work_order_statuses
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/work-orders/stream", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("assetIds", &asset_ids))
                .query(
                    &progenitor_client::QueryParam::new(
                        "assignedUserIds",
                        &assigned_user_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("endTime", &end_time))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeExternalIds",
                        &include_external_ids,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("startTime", &start_time))
                .query(
                    &progenitor_client::QueryParam::new(
                        "workOrderStatuses",
                        &work_order_statuses,
                    ),
                )
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::get_service_tasks`]

[`Client::get_service_tasks`]: super::Client::get_service_tasks*/
    #[derive(Debug, Clone)]
    pub struct GetServiceTasks<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) include_archived: Result<Option<bool>, String>,
    }
    impl<'a> GetServiceTasks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                ids: Ok(None),
                include_archived: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
            <V as std::convert::TryInto<
                ::std::vec::Vec<::std::string::String>,
            >>::Error: std::fmt::Display,
        {
            self.ids = value.try_into().map(Some).map_err(|e| format!("ids: {}", e));
            self
        }
        pub fn include_archived<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
            <V as std::convert::TryInto<bool>>::Error: std::fmt::Display,
        {
            self.include_archived = value
                .try_into()
                .map(Some)
                .map_err(|e| format!("include_archived: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, after, ids, include_archived } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let include_archived = include_archived.map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/service-tasks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeArchived",
                        &include_archived,
                    ),
                )
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::post_invoice_scan`]

[`Client::post_invoice_scan`]: super::Client::post_invoice_scan*/
    #[derive(Debug, Clone)]
    pub struct PostInvoiceScan<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::InvoiceScan, String>,
    }
    impl<'a> PostInvoiceScan<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InvoiceScan>,
            <V as std::convert::TryInto<types::InvoiceScan>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InvoiceScan` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoiceScan,
            ) -> types::builder::InvoiceScan,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::InvoiceScan::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/maintenance/invoice-scans", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::get_webhook`]

[`Client::get_webhook`]: super::Client::get_webhook*/
    #[derive(Debug, Clone)]
    pub struct GetWebhook<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) id: Result<::std::string::String, String>,
    }
    impl<'a> GetWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.id = value.try_into().map_err(|e| format!("id: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::delete_webhook`]

[`Client::delete_webhook`]: super::Client::delete_webhook*/
    #[derive(Debug, Clone)]
    pub struct DeleteWebhook<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.id = value.try_into().map_err(|e| format!("id: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::patch_webhook`]

[`Client::patch_webhook`]: super::Client::patch_webhook*/
    #[derive(Debug, Clone)]
    pub struct PatchWebhook<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) id: Result<::std::string::String, String>,
        pub(crate) body: Result<types::builder::WebhookPatch, String>,
    }
    impl<'a> PatchWebhook<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.id = value.try_into().map_err(|e| format!("id: {}", e));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookPatch>,
            <V as std::convert::TryInto<types::WebhookPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WebhookPatch` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WebhookPatch,
            ) -> types::builder::WebhookPatch,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::WebhookPatch::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/webhooks/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::list_webhooks`]

[`Client::list_webhooks`]: super::Client::list_webhooks*/
    #[derive(Debug, Clone)]
    pub struct ListWebhooks<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::string::String>, String>,
        pub(crate) limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListWebhooks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                after: Ok(None),
                ids: Ok(None),
                limit: Ok(None),
            }
        }
        pub fn after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.after = value.try_into().map(Some).map_err(|e| format!("after: {}", e));
            self
        }
        pub fn ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
            <V as std::convert::TryInto<
                ::std::string::String,
            >>::Error: std::fmt::Display,
        {
            self.ids = value.try_into().map(Some).map_err(|e| format!("ids: {}", e));
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
            <V as std::convert::TryInto<
                ::std::num::NonZeroU64,
            >>::Error: std::fmt::Display,
        {
            self.limit = value.try_into().map(Some).map_err(|e| format!("limit: {}", e));
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, after, ids, limit } = self;
            let after = after.map_err(Error::InvalidRequest)?;
            let ids = ids.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("after", &after))
                .query(&progenitor_client::QueryParam::new("ids", &ids))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    /**Builder for [`Client::post_webhooks`]

[`Client::post_webhooks`]: super::Client::post_webhooks*/
    #[derive(Debug, Clone)]
    pub struct PostWebhooks<'a> {
        pub(crate) client: &'a super::Client,
        pub(crate) body: Result<types::builder::WebhookCreate, String>,
    }
    impl<'a> PostWebhooks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::WebhookCreate>,
            <V as std::convert::TryInto<types::WebhookCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `WebhookCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::WebhookCreate,
            ) -> types::builder::WebhookCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Builds the request without sending it: its parameters checked, its URL, query, headers and body. `send()` hands it to the transport.
        pub(crate) fn request(
            self,
        ) -> ::std::result::Result<
            (&'a super::Client, ::reqwest::Request),
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::WebhookCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/webhooks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            return Ok((client, request));
        }
    }
    ///The parameters of a [`GetQualificationRecordsStream`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct GetQualificationRecordsStreamParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) end_time: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) entity_type: Result<crate::generated::enums::EntityType, String>,
        pub(crate) include_deleted: Result<Option<bool>, String>,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
        pub(crate) owner_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) qualification_type_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) start_time: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
    }
    impl<'a> GetQualificationRecordsStream<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(
            self,
        ) -> (&'a super::Client, GetQualificationRecordsStreamParams) {
            let Self {
                client,
                after,
                end_time,
                entity_type,
                include_deleted,
                include_external_ids,
                limit,
                owner_ids,
                qualification_type_ids,
                start_time,
            } = self;
            (
                client,
                GetQualificationRecordsStreamParams {
                    after,
                    end_time,
                    entity_type,
                    include_deleted,
                    include_external_ids,
                    limit,
                    owner_ids,
                    qualification_type_ids,
                    start_time,
                },
            )
        }
    }
    impl GetQualificationRecordsStreamParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(
            self,
            client: &super::Client,
        ) -> GetQualificationRecordsStream<'_> {
            let Self {
                after,
                end_time,
                entity_type,
                include_deleted,
                include_external_ids,
                limit,
                owner_ids,
                qualification_type_ids,
                start_time,
            } = self;
            GetQualificationRecordsStream {
                client,
                after,
                end_time,
                entity_type,
                include_deleted,
                include_external_ids,
                limit,
                owner_ids,
                qualification_type_ids,
                start_time,
            }
        }
    }
    ///The parameters of a [`GetQualificationTypes`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct GetQualificationTypesParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) entity_type: Result<crate::generated::enums::EntityType, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
    }
    impl<'a> GetQualificationTypes<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(
            self,
        ) -> (&'a super::Client, GetQualificationTypesParams) {
            let Self { client, after, entity_type, ids, limit } = self;
            (
                client,
                GetQualificationTypesParams {
                    after,
                    entity_type,
                    ids,
                    limit,
                },
            )
        }
    }
    impl GetQualificationTypesParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(self, client: &super::Client) -> GetQualificationTypes<'_> {
            let Self { after, entity_type, ids, limit } = self;
            GetQualificationTypes {
                client,
                after,
                entity_type,
                ids,
                limit,
            }
        }
    }
    ///The parameters of a [`GetWorkOrders`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct GetWorkOrdersParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
    }
    impl<'a> GetWorkOrders<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(self) -> (&'a super::Client, GetWorkOrdersParams) {
            let Self { client, after, ids, include_external_ids, limit } = self;
            (
                client,
                GetWorkOrdersParams {
                    after,
                    ids,
                    include_external_ids,
                    limit,
                },
            )
        }
    }
    impl GetWorkOrdersParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(self, client: &super::Client) -> GetWorkOrders<'_> {
            let Self { after, ids, include_external_ids, limit } = self;
            GetWorkOrders {
                client,
                after,
                ids,
                include_external_ids,
                limit,
            }
        }
    }
    ///The parameters of a [`StreamWorkOrders`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct StreamWorkOrdersParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) asset_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) assigned_user_ids: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        pub(crate) end_time: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        pub(crate) include_external_ids: Result<Option<bool>, String>,
        pub(crate) limit: Result<Option<crate::model::page_limit::PageLimit>, String>,
        pub(crate) start_time: Result<::chrono::DateTime<::chrono::offset::Utc>, String>,
        pub(crate) work_order_statuses: Result<
            Option<::std::vec::Vec<crate::generated::enums::WorkOrderStatus>>,
            String,
        >,
    }
    impl<'a> StreamWorkOrders<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(self) -> (&'a super::Client, StreamWorkOrdersParams) {
            let Self {
                client,
                after,
                asset_ids,
                assigned_user_ids,
                end_time,
                include_external_ids,
                limit,
                start_time,
                work_order_statuses,
            } = self;
            (
                client,
                StreamWorkOrdersParams {
                    after,
                    asset_ids,
                    assigned_user_ids,
                    end_time,
                    include_external_ids,
                    limit,
                    start_time,
                    work_order_statuses,
                },
            )
        }
    }
    impl StreamWorkOrdersParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(self, client: &super::Client) -> StreamWorkOrders<'_> {
            let Self {
                after,
                asset_ids,
                assigned_user_ids,
                end_time,
                include_external_ids,
                limit,
                start_time,
                work_order_statuses,
            } = self;
            StreamWorkOrders {
                client,
                after,
                asset_ids,
                assigned_user_ids,
                end_time,
                include_external_ids,
                limit,
                start_time,
                work_order_statuses,
            }
        }
    }
    ///The parameters of a [`GetServiceTasks`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct GetServiceTasksParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        pub(crate) include_archived: Result<Option<bool>, String>,
    }
    impl<'a> GetServiceTasks<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(self) -> (&'a super::Client, GetServiceTasksParams) {
            let Self { client, after, ids, include_archived } = self;
            (
                client,
                GetServiceTasksParams {
                    after,
                    ids,
                    include_archived,
                },
            )
        }
    }
    impl GetServiceTasksParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(self, client: &super::Client) -> GetServiceTasks<'_> {
            let Self { after, ids, include_archived } = self;
            GetServiceTasks {
                client,
                after,
                ids,
                include_archived,
            }
        }
    }
    ///The parameters of a [`ListWebhooks`] request without its client: what the owned streams of `.items()` and `.pages()` keep (see `crate::pagination`).
    #[derive(Debug, Clone)]
    pub struct ListWebhooksParams {
        pub(crate) after: Result<Option<::std::string::String>, String>,
        pub(crate) ids: Result<Option<::std::string::String>, String>,
        pub(crate) limit: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListWebhooks<'a> {
        /// The client this builder borrows and its parameters.
        pub(crate) fn into_params(self) -> (&'a super::Client, ListWebhooksParams) {
            let Self { client, after, ids, limit } = self;
            (
                client,
                ListWebhooksParams {
                    after,
                    ids,
                    limit,
                },
            )
        }
    }
    impl ListWebhooksParams {
        /// The builder for these parameters on `client`.
        pub(crate) fn bind(self, client: &super::Client) -> ListWebhooks<'_> {
            let Self { after, ids, limit } = self;
            ListWebhooks {
                client,
                after,
                ids,
                limit,
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Open string enums of the spec: unknown values are kept in `Other`.
pub mod enums {
    crate::open_enum! {
        #[doc =
        "Asset type selectable in an asset field. Open: values this list does not name are kept as received."]
        AssetType { Vehicle = "vehicle", Trailer = "trailer", Equipment = "equipment",
        UnpoweredAsset = "unpoweredAsset" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a table column in a qualification type. Open: values this list does not name are kept as received."]
        ColumnDefinitionType { Number = "number", Text = "text", MultipleChoice =
        "multiple_choice", CheckBoxes = "check_boxes", Media = "media", Datetime =
        "datetime", Signature = "signature", Person = "person" }
    }
    crate::open_enum! {
        #[doc =
        "Currency of an amount of money. Open: values this list does not name are kept as received."]
        Currency { Usd = "usd" }
    }
    crate::open_enum! {
        #[doc =
        "Kind of date/time entry. Open: values this list does not name are kept as received."]
        DateTimeType { Datetime = "datetime", Date = "date", Time = "time" }
    }
    crate::open_enum! {
        #[doc =
        "Owner entity type. Open: values this list does not name are kept as received."]
        EntityType { Worker = "worker", Asset = "asset" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a conditional action. Open: values this list does not name are kept as received."]
        FieldActionType { AskFollowupQuestion = "askFollowupQuestion", ShowSection =
        "showSection", RequirePhoto = "requirePhoto", RequireNote = "requireNote",
        CreateIssue = "createIssue" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a condition. Open: values this list does not name are kept as received."]
        FieldConditionType { MultipleChoiceValueCondition =
        "multipleChoiceValueCondition", CheckBoxesValueCondition =
        "checkBoxesValueCondition" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a field in a qualification type. Open: values this list does not name are kept as received."]
        FieldDefinitionType { Number = "number", Text = "text", MultipleChoice =
        "multiple_choice", CheckBoxes = "check_boxes", Media = "media", Datetime =
        "datetime", Signature = "signature", Asset = "asset", Person = "person", Geofence
        = "geofence", Instruction = "instruction", MediaInstruction =
        "media_instruction", Table = "table", Barcode = "barcode" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a qualification field. Open: values this list does not name are kept as received."]
        FieldType { Number = "number", Text = "text", MultipleChoice = "multiple_choice",
        CheckBoxes = "check_boxes", Datetime = "datetime", Signature = "signature", Media
        = "media", Table = "table" }
    }
    crate::open_enum! {
        #[doc =
        "Whether a person was picked from tracked users or entered by hand. Open: values this list does not name are kept as received."]
        PersonEntryType { Tracked = "tracked", Untracked = "untracked" }
    }
    crate::open_enum! {
        #[doc =
        "Processing status of a media record. Open: values this list does not name are kept as received."]
        ProcessingStatus { Unknown = "unknown", Processing = "processing", Finished =
        "finished" }
    }
    crate::open_enum! {
        #[doc =
        "Status of a qualification record. Open: values this list does not name are kept as received."]
        RecordStatus { Active = "active", Archived = "archived", Deleted = "deleted" }
    }
    crate::open_enum! {
        #[doc =
        "Status of a service task instance. Open: values this list does not name are kept as received."]
        ServiceTaskStatus { Unknown = "Unknown", Open = "Open", InProgress =
        "In Progress", OnHold = "On Hold", Completed = "Completed" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a table cell in a request. Open: values this list does not name are kept as received."]
        TableCellInputType { Number = "number", Text = "text", MultipleChoice =
        "multiple_choice", CheckBoxes = "check_boxes", Datetime = "datetime", Person =
        "person", Barcode = "barcode" }
    }
    crate::open_enum! {
        #[doc =
        "Type of a table column or cell. Open: values this list does not name are kept as received."]
        TableCellType { Number = "number", Text = "text", MultipleChoice =
        "multiple_choice", CheckBoxes = "check_boxes", Datetime = "datetime", Signature =
        "signature", Media = "media", Person = "person", Barcode = "barcode" }
    }
    crate::open_enum! {
        #[doc =
        "Whether a polymorphic user is a driver or a dashboard user. Open: values this list does not name are kept as received."]
        UserType { Driver = "driver", User = "user" }
    }
    crate::open_enum! {
        #[doc =
        "Type of an item related to a work order. Open: values this list does not name are kept as received."]
        WorkOrderItemType { Dvir = "DVIR", Fault = "FAULT", Form = "FORM", Issue =
        "ISSUE", ItemTypeUnspecified = "ITEM_TYPE_UNSPECIFIED",
        MaintenancePredictionEvent = "MAINTENANCE_PREDICTION_EVENT", ScheduledMaintenance
        = "SCHEDULED_MAINTENANCE" }
    }
    crate::open_enum! {
        #[doc =
        "Priority of a work order. Open: values this list does not name are kept as received."]
        WorkOrderPriority { High = "High", Low = "Low", Medium = "Medium", Urgent =
        "Urgent" }
    }
    crate::open_enum! {
        #[doc =
        "Status of a work order. Open: values this list does not name are kept as received."]
        WorkOrderStatus { Assigned = "Assigned", Cancelled = "Cancelled", Closed =
        "Closed", Completed = "Completed", Estimate = "Estimate", InProgress =
        "In Progress", OnHold = "On Hold", Open = "Open", PendingApproval =
        "Pending Approval", PendingParts = "Pending Parts", Planning = "Planning" }
    }
    crate::open_enum! {
        #[doc =
        "The type of an event a webhook is sent for (`X-Samsara-Event-Type`, the envelope's `eventType`). Open: Samsara adds event types without notice; `WorkOrderCreatedOrChanged` (a work order created or changed; there is no delete event) is documented by the official SDKs since 2026-05, not yet by the published spec."]
        WebhookEventType { AddressCreated = "AddressCreated", AddressDeleted =
        "AddressDeleted", AddressUpdated = "AddressUpdated", AlertIncident =
        "AlertIncident", AlertObjectEvent = "AlertObjectEvent", DocumentSubmitted =
        "DocumentSubmitted", DriverCreated = "DriverCreated", DriverUpdated =
        "DriverUpdated", DvirSubmitted = "DvirSubmitted", EngineFaultOff =
        "EngineFaultOff", EngineFaultOn = "EngineFaultOn", FormSubmitted =
        "FormSubmitted", FormUpdated = "FormUpdated", GatewayUnplugged =
        "GatewayUnplugged", GeofenceEntry = "GeofenceEntry", GeofenceExit =
        "GeofenceExit", IssueCreated = "IssueCreated", MissingDvirPastDue =
        "MissingDvirPastDue", PredictiveMaintenanceAlert = "PredictiveMaintenanceAlert",
        RouteStopArrival = "RouteStopArrival", RouteStopDeparture = "RouteStopDeparture",
        RouteStopEarlyLateArrival = "RouteStopEarlyLateArrival", RouteStopEtaUpdated =
        "RouteStopEtaUpdated", RouteStopResequence = "RouteStopResequence",
        SevereSpeedingEnded = "SevereSpeedingEnded", SevereSpeedingStarted =
        "SevereSpeedingStarted", SpeedingEventEnded = "SpeedingEventEnded",
        SpeedingEventStarted = "SpeedingEventStarted", SuddenFuelLevelDrop =
        "SuddenFuelLevelDrop", SuddenFuelLevelRise = "SuddenFuelLevelRise",
        VehicleCreated = "VehicleCreated", VehicleUpdated = "VehicleUpdated",
        WorkOrderCreatedOrChanged = "WorkOrderCreatedOrChanged" }
    }
    crate::open_enum! {
        #[doc = "The version of the payload Samsara sends to a webhook."] WebhookVersion
        { V20180101 = "2018-01-01", V20210609 = "2021-06-09", V20220913 = "2022-09-13",
        V20240227 = "2024-02-27" }
    }
}
/// Every operation of the spec, in spec order, with the facts the
/// hand-written layer acts on (see `crate::operations`).
pub const OPERATIONS: &[crate::operations::Operation] = &[
    crate::operations::Operation {
        index: 0usize,
        id: "deleteQualificationRecord",
        name: "delete_qualification_record",
        method: "DELETE",
        path: "/qualification-records",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: false,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 1usize,
        id: "getQualificationRecords",
        name: "get_qualification_records",
        method: "GET",
        path: "/qualification-records",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &["ids"],
        list_limits: &[("ids", 100usize)],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 2usize,
        id: "patchQualificationRecord",
        name: "patch_qualification_record",
        method: "PATCH",
        path: "/qualification-records",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 3usize,
        id: "postQualificationRecord",
        name: "post_qualification_record",
        method: "POST",
        path: "/qualification-records",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: false,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 4usize,
        id: "getQualificationRecordsStream",
        name: "get_qualification_records_stream",
        method: "GET",
        path: "/qualification-records/stream",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: true,
        has_body: true,
        comma_joined: &["qualificationTypeIds", "ownerIds"],
        list_limits: &[("qualificationTypeIds", 100usize), ("ownerIds", 100usize)],
        date_times: &["startTime", "endTime"],
    },
    crate::operations::Operation {
        index: 5usize,
        id: "archiveQualificationRecord",
        name: "archive_qualification_record",
        method: "POST",
        path: "/qualification-records/archive",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: false,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 6usize,
        id: "unarchiveQualificationRecord",
        name: "unarchive_qualification_record",
        method: "POST",
        path: "/qualification-records/unarchive",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: false,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 7usize,
        id: "getQualificationTypes",
        name: "get_qualification_types",
        method: "GET",
        path: "/qualification-types",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: false,
        has_body: true,
        comma_joined: &["ids"],
        list_limits: &[("ids", 100usize)],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 8usize,
        id: "deleteWorkOrders",
        name: "delete_work_orders",
        method: "DELETE",
        path: "/maintenance/work-orders",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: false,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 9usize,
        id: "getWorkOrders",
        name: "get_work_orders",
        method: "GET",
        path: "/maintenance/work-orders",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[("ids", 100usize)],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 10usize,
        id: "patchWorkOrders",
        name: "patch_work_orders",
        method: "PATCH",
        path: "/maintenance/work-orders",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 11usize,
        id: "postWorkOrders",
        name: "post_work_orders",
        method: "POST",
        path: "/maintenance/work-orders",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: false,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 12usize,
        id: "streamWorkOrders",
        name: "stream_work_orders",
        method: "GET",
        path: "/maintenance/work-orders/stream",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: true,
        has_body: true,
        comma_joined: &[],
        list_limits: &[("assetIds", 50usize), ("assignedUserIds", 50usize)],
        date_times: &["startTime", "endTime"],
    },
    crate::operations::Operation {
        index: 13usize,
        id: "getServiceTasks",
        name: "get_service_tasks",
        method: "GET",
        path: "/maintenance/service-tasks",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 14usize,
        id: "postInvoiceScan",
        name: "post_invoice_scan",
        method: "POST",
        path: "/maintenance/invoice-scans",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: false,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 15usize,
        id: "deleteWebhook",
        name: "delete_webhook",
        method: "DELETE",
        path: "/webhooks/{id}",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: false,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 16usize,
        id: "getWebhook",
        name: "get_webhook",
        method: "GET",
        path: "/webhooks/{id}",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 17usize,
        id: "patchWebhook",
        name: "patch_webhook",
        method: "PATCH",
        path: "/webhooks/{id}",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: true,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 18usize,
        id: "listWebhooks",
        name: "list_webhooks",
        method: "GET",
        path: "/webhooks",
        rate_limit: crate::operations::Budget {
            requests: 5u32,
            per: crate::operations::Per::Second,
        },
        idempotent: true,
        paginated: true,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
    crate::operations::Operation {
        index: 19usize,
        id: "postWebhooks",
        name: "post_webhooks",
        method: "POST",
        path: "/webhooks",
        rate_limit: crate::operations::Budget {
            requests: 100u32,
            per: crate::operations::Per::Minute,
        },
        idempotent: false,
        paginated: false,
        time_window: false,
        has_body: true,
        comma_joined: &[],
        list_limits: &[],
        date_times: &[],
    },
];
/// The members of the spec's schemas that hold a secret (their
/// schema is one samsara-codegen's `SECRET_SCHEMAS` lists): a raw
/// body kept in an error has their values redacted.
pub const SECRET_MEMBERS: &[&str] = &["secretKey"];
crate::call::impl_call!(DeleteQualificationRecord, 0usize, ());
crate::call::impl_call!(GetQualificationRecords, 1usize, QualificationRecordList);
crate::call::impl_call!(
    PatchQualificationRecord, 2usize, QualificationRecordResponse, data
    QualificationRecord
);
crate::call::impl_call!(
    PostQualificationRecord, 3usize, QualificationRecordResponse, data
    QualificationRecord
);
crate::call::impl_call!(GetQualificationRecordsStream, 4usize, QualificationRecordPage);
crate::call::impl_call!(ArchiveQualificationRecord, 5usize, ());
crate::call::impl_call!(UnarchiveQualificationRecord, 6usize, ());
crate::call::impl_call!(GetQualificationTypes, 7usize, QualificationTypePage);
crate::call::impl_call!(DeleteWorkOrders, 8usize, ());
crate::call::impl_call!(GetWorkOrders, 9usize, WorkOrderPage);
crate::call::impl_call!(PatchWorkOrders, 10usize, WorkOrderResponse, data WorkOrder);
crate::call::impl_call!(PostWorkOrders, 11usize, WorkOrderResponse, data WorkOrder);
crate::call::impl_call!(StreamWorkOrders, 12usize, WorkOrderPage);
crate::call::impl_call!(GetServiceTasks, 13usize, ServiceTaskPage);
crate::call::impl_call!(
    PostInvoiceScan, 14usize, InvoiceScanResponse, data InvoiceScanResult
);
crate::call::impl_call!(DeleteWebhook, 15usize, ());
crate::call::impl_call!(GetWebhook, 16usize, Webhook);
crate::call::impl_call!(PatchWebhook, 17usize, Webhook);
crate::call::impl_call!(ListWebhooks, 18usize, WebhookPage);
crate::call::impl_call!(PostWebhooks, 19usize, Webhook);
crate::pagination::impl_cursor_request!(
    GetQualificationRecordsStream, GetQualificationRecordsStreamParams,
    QualificationRecordPage, QualificationRecord, 4usize, [entity_type,
    qualification_type_ids, owner_ids, include_deleted, include_external_ids], times
);
crate::pagination::impl_cursor_request!(
    GetQualificationTypes, GetQualificationTypesParams, QualificationTypePage,
    QualificationType, 7usize, [entity_type, ids],
);
crate::pagination::impl_cursor_request!(
    GetWorkOrders, GetWorkOrdersParams, WorkOrderPage, WorkOrder, 9usize, [ids,
    include_external_ids],
);
crate::pagination::impl_cursor_request!(
    StreamWorkOrders, StreamWorkOrdersParams, WorkOrderPage, WorkOrder, 12usize,
    [work_order_statuses, asset_ids, assigned_user_ids, include_external_ids], times
);
crate::pagination::impl_cursor_request!(
    GetServiceTasks, GetServiceTasksParams, ServiceTaskPage, ServiceTaskDefinition,
    13usize, [ids, include_archived],
);
crate::pagination::impl_cursor_request!(
    ListWebhooks, ListWebhooksParams, WebhookPage, Webhook, 18usize, [ids],
);
crate::record::impl_record!(QualificationRecord);
crate::record::impl_record!(WorkOrder);
/// The stream types of every paginated operation, by name
/// (re-exported as `crate::streams`, documented there).
pub mod streams {
    ///The stream of [`QualificationRecord`](crate::types::QualificationRecord)s that `.items()` of [`client.get_qualification_records_stream()`](crate::Client::get_qualification_records_stream) (`GET /qualification-records/stream`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::GetQualificationRecordsStreamParams>`.
    pub type GetQualificationRecordsStreamItems = crate::pagination::Items<
        crate::builder::GetQualificationRecordsStreamParams,
    >;
    ///The stream of pages of [`QualificationRecord`](crate::types::QualificationRecord)s, with their checkpoints, that `.pages()` of [`client.get_qualification_records_stream()`](crate::Client::get_qualification_records_stream) (`GET /qualification-records/stream`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::GetQualificationRecordsStreamParams>`.
    pub type GetQualificationRecordsStreamPages = crate::pagination::Pages<
        crate::builder::GetQualificationRecordsStreamParams,
    >;
    ///The stream of [`QualificationType`](crate::types::QualificationType)s that `.items()` of [`client.get_qualification_types()`](crate::Client::get_qualification_types) (`GET /qualification-types`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::GetQualificationTypesParams>`.
    pub type GetQualificationTypesItems = crate::pagination::Items<
        crate::builder::GetQualificationTypesParams,
    >;
    ///The stream of pages of [`QualificationType`](crate::types::QualificationType)s, with their checkpoints, that `.pages()` of [`client.get_qualification_types()`](crate::Client::get_qualification_types) (`GET /qualification-types`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::GetQualificationTypesParams>`.
    pub type GetQualificationTypesPages = crate::pagination::Pages<
        crate::builder::GetQualificationTypesParams,
    >;
    ///The stream of [`WorkOrder`](crate::types::WorkOrder)s that `.items()` of [`client.get_work_orders()`](crate::Client::get_work_orders) (`GET /maintenance/work-orders`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::GetWorkOrdersParams>`.
    pub type GetWorkOrdersItems = crate::pagination::Items<
        crate::builder::GetWorkOrdersParams,
    >;
    ///The stream of pages of [`WorkOrder`](crate::types::WorkOrder)s, with their checkpoints, that `.pages()` of [`client.get_work_orders()`](crate::Client::get_work_orders) (`GET /maintenance/work-orders`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::GetWorkOrdersParams>`.
    pub type GetWorkOrdersPages = crate::pagination::Pages<
        crate::builder::GetWorkOrdersParams,
    >;
    ///The stream of [`WorkOrder`](crate::types::WorkOrder)s that `.items()` of [`client.stream_work_orders()`](crate::Client::stream_work_orders) (`GET /maintenance/work-orders/stream`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::StreamWorkOrdersParams>`.
    pub type StreamWorkOrdersItems = crate::pagination::Items<
        crate::builder::StreamWorkOrdersParams,
    >;
    ///The stream of pages of [`WorkOrder`](crate::types::WorkOrder)s, with their checkpoints, that `.pages()` of [`client.stream_work_orders()`](crate::Client::stream_work_orders) (`GET /maintenance/work-orders/stream`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::StreamWorkOrdersParams>`.
    pub type StreamWorkOrdersPages = crate::pagination::Pages<
        crate::builder::StreamWorkOrdersParams,
    >;
    ///The stream of [`ServiceTaskDefinition`](crate::types::ServiceTaskDefinition)s that `.items()` of [`client.get_service_tasks()`](crate::Client::get_service_tasks) (`GET /maintenance/service-tasks`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::GetServiceTasksParams>`.
    pub type GetServiceTasksItems = crate::pagination::Items<
        crate::builder::GetServiceTasksParams,
    >;
    ///The stream of pages of [`ServiceTaskDefinition`](crate::types::ServiceTaskDefinition)s, with their checkpoints, that `.pages()` of [`client.get_service_tasks()`](crate::Client::get_service_tasks) (`GET /maintenance/service-tasks`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::GetServiceTasksParams>`.
    pub type GetServiceTasksPages = crate::pagination::Pages<
        crate::builder::GetServiceTasksParams,
    >;
    ///The stream of [`Webhook`](crate::types::Webhook)s that `.items()` of [`client.list_webhooks()`](crate::Client::list_webhooks) (`GET /webhooks`) returns (owned: `'static + Send`): [`Items`](crate::pagination::Items)`<builder::ListWebhooksParams>`.
    pub type ListWebhooksItems = crate::pagination::Items<
        crate::builder::ListWebhooksParams,
    >;
    ///The stream of pages of [`Webhook`](crate::types::Webhook)s, with their checkpoints, that `.pages()` of [`client.list_webhooks()`](crate::Client::list_webhooks) (`GET /webhooks`) returns (owned: `'static + Send`): [`Pages`](crate::pagination::Pages)`<builder::ListWebhooksParams>`.
    pub type ListWebhooksPages = crate::pagination::Pages<
        crate::builder::ListWebhooksParams,
    >;
}
