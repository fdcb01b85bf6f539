#!/usr/bin/env python3
"""One-off bootstrap: derive spec/samsara.json from the published extract.

Kept for provenance only. From the first commit on, spec/samsara.json is the
hand-curated source of truth and is edited directly; this script is not part of
the build and is never re-run over it.
"""
import copy, json, re, sys

src = json.load(open(sys.argv[1]))
S = src["components"]["schemas"]

RENAME = {
    "FormSubmissionRequestBarcodeObjectRequestBody": "BarcodeInput",
    "FormSubmissionRequestBarcodeValueObjectRequestBody": "BarcodeValueInput",
    "FormSubmissionRequestCheckBoxesValueObjectRequestBody": "CheckBoxesValueInput",
    "FormSubmissionRequestDateTimeValueObjectRequestBody": "DateTimeValueInput",
    "FormSubmissionRequestMediaItemObjectRequestBody": "MediaItemInput",
    "FormSubmissionRequestMediaValueObjectRequestBody": "MediaValueInput",
    "FormSubmissionRequestMultipleChoiceValueObjectRequestBody": "MultipleChoiceValueInput",
    "FormSubmissionRequestNumberValueObjectRequestBody": "NumberValueInput",
    "FormSubmissionRequestPersonObjectRequestBody": "PersonInput",
    "FormSubmissionRequestPersonValueObjectRequestBody": "PersonValueInput",
    "FormSubmissionRequestSignatureValueObjectRequestBody": "SignatureValueInput",
    "FormSubmissionRequestTableCellObjectRequestBody": "TableCellInput",
    "FormSubmissionRequestTableRowObjectRequestBody": "TableRowInput",
    "FormSubmissionRequestTableValueObjectRequestBody": "TableValueInput",
    "FormSubmissionRequestTextValueObjectRequestBody": "TextValueInput",
    "FormsActionObjectResponseBody": "FieldAction",
    "FormsBarcodeObjectResponseBody": "Barcode",
    "FormsBarcodeValueObjectResponseBody": "BarcodeValue",
    "FormsCheckBoxesValueObjectResponseBody": "CheckBoxesValue",
    "FormsConditionObjectResponseBody": "FieldCondition",
    "FormsConditionalActionObjectResponseBody": "ConditionalAction",
    "FormsDateTimeValueObjectResponseBody": "DateTimeValue",
    "FormsFieldDefinitionObjectResponseBody": "FieldDefinition",
    "FormsMediaRecordObjectResponseBody": "MediaRecord",
    "FormsMediaValueObjectResponseBody": "MediaValue",
    "FormsMultipleChoiceValueObjectResponseBody": "MultipleChoiceValue",
    "FormsNumberValueObjectResponseBody": "NumberValue",
    "FormsPersonObjectResponseBody": "Person",
    "FormsPersonValueObjectResponseBody": "PersonValue",
    "FormsPolymorphicUserObjectResponseBody": "PolymorphicUser",
    "FormsSelectOptionObjectResponseBody": "SelectOption",
    "FormsSignatureValueObjectResponseBody": "SignatureValue",
    "FormsTableCellObjectResponseBody": "TableCell",
    "FormsTableColumnObjectResponseBody": "TableColumn",
    "FormsTableFieldDefinitionObjectResponseBody": "TableColumnDefinition",
    "FormsTableRowObjectResponseBody": "TableRow",
    "FormsTableValueObjectResponseBody": "TableValue",
    "FormsTextValueObjectResponseBody": "TextValue",
    "GoaPaginationResponseResponseBody": "Pagination",
    "PartInstanceInputObjectRequestBody": "PartInstanceInput",
    "PartInstanceObjectResponseBody": "PartInstance",
    "QualificationFieldInputObjectResponseBody": "QualificationField",
    "QualificationOwnerObjectResponseBody": "QualificationOwner",
    "QualificationOwnerRequestObjectRequestBody": "QualificationOwnerInput",
    "QualificationRecordRequestFieldInputObjectRequestBody": "QualificationFieldInput",
    "QualificationRecordResponseObjectResponseBody": "QualificationRecord",
    "QualificationTypeReferenceObjectResponseBody": "QualificationTypeRef",
    "QualificationTypeRequestObjectRequestBody": "QualificationTypeRefInput",
    "QualificationTypeResponseObjectResponseBody": "QualificationType",
    "QualificationsArchiveQualificationRecordRequestBody": "QualificationRecordIdRequest",
    "QualificationsDeleteQualificationRecordRequestBody": "QualificationRecordIdRequest",
    "QualificationsUnarchiveQualificationRecordRequestBody": "QualificationRecordIdRequest",
    "QualificationsGetQualificationRecordsResponseBody": "QualificationRecordList",
    "QualificationsGetQualificationRecordsStreamResponseBody": "QualificationRecordPage",
    "QualificationsGetQualificationTypesResponseBody": "QualificationTypePage",
    "QualificationsPatchQualificationRecordRequestBody": "QualificationRecordPatch",
    "QualificationsPostQualificationRecordRequestBody": "QualificationRecordCreate",
    "QualificationsPatchQualificationRecordResponseBody": "QualificationRecordResponse",
    "QualificationsPostQualificationRecordResponseBody": "QualificationRecordResponse",
    "ServiceTaskInstanceInputObjectRequestBody": "ServiceTaskInstanceInput",
    "ServiceTaskInstanceObjectResponseBody": "ServiceTaskInstance",
    "WorkOrderAttachmentObjectResponseBody": "WorkOrderAttachment",
    "WorkOrderDiscountObjectRequestBody": "Discount",
    "WorkOrderDiscountObjectResponseBody": "Discount",
    "WorkOrderItemObjectRequestBody": "WorkOrderItem",
    "WorkOrderItemObjectResponseBody": "WorkOrderItem",
    "WorkOrderMoneyObjectRequestBody": "Money",
    "WorkOrderMoneyObjectResponseBody": "Money",
    "WorkOrderObjectResponseBody": "WorkOrder",
    "WorkOrderTaxCreateObjectRequestBody": "Tax",
    "WorkOrderTaxObjectRequestBody": "Tax",
    "WorkOrderTaxObjectResponseBody": "Tax",
    "WorkOrderUnallocatedLaborObjectResponseBody": "UnallocatedLabor",
    "WorkOrdersGetWorkOrdersResponseBody": "WorkOrderPage",
    "WorkOrdersStreamWorkOrdersResponseBody": "WorkOrderPage",
    "WorkOrdersPatchWorkOrdersRequestBody": "WorkOrderPatch",
    "WorkOrdersPostWorkOrdersRequestBody": "WorkOrderCreate",
    "WorkOrdersPatchWorkOrdersResponseBody": "WorkOrderResponse",
    "WorkOrdersPostWorkOrdersResponseBody": "WorkOrderResponse",
}
ENUMS = {  # value set -> (component name, description)
    ("asset", "worker"): ("EntityType", "Owner entity type."),
    ("driver", "user"): ("UserType", "Whether a polymorphic user is a driver or a dashboard user."),
    ("active", "archived", "deleted"): ("RecordStatus", "Status of a qualification record."),
    ("check_boxes", "datetime", "media", "multiple_choice", "number", "signature", "table", "text"): ("FieldType", "Type of a qualification field."),
    ("barcode", "check_boxes", "datetime", "media", "multiple_choice", "number", "person", "signature", "text"): ("TableCellType", "Type of a table column or cell."),
    ("barcode", "check_boxes", "datetime", "multiple_choice", "number", "person", "text"): ("TableCellInputType", "Type of a table cell in a request."),
    ("date", "datetime", "time"): ("DateTimeType", "Kind of date/time entry."),
    ("finished", "processing", "unknown"): ("ProcessingStatus", "Processing status of a media record."),
    ("tracked", "untracked"): ("PersonEntryType", "Whether a person was picked from tracked users or entered by hand."),
    ("asset", "barcode", "check_boxes", "datetime", "geofence", "instruction", "media", "media_instruction", "multiple_choice", "number", "person", "signature", "table", "text"): ("FieldDefinitionType", "Type of a field in a qualification type."),
    ("check_boxes", "datetime", "media", "multiple_choice", "number", "person", "signature", "text"): ("ColumnDefinitionType", "Type of a table column in a qualification type."),
    ("equipment", "trailer", "unpoweredAsset", "vehicle"): ("AssetType", "Asset type selectable in an asset field."),
    ("askFollowupQuestion", "createIssue", "requireNote", "requirePhoto", "showSection"): ("FieldActionType", "Type of a conditional action."),
    ("checkBoxesValueCondition", "multipleChoiceValueCondition"): ("FieldConditionType", "Type of a condition."),
    ("Assigned", "Cancelled", "Closed", "Completed", "Estimate", "In Progress", "On Hold", "Open", "Pending Approval", "Pending Parts"): ("WorkOrderStatus", "Status of a work order."),
    ("High", "Low", "Medium", "Urgent"): ("WorkOrderPriority", "Priority of a work order."),
    ("Completed", "In Progress", "On Hold", "Open", "Unknown"): ("ServiceTaskStatus", "Status of a service task instance."),
    ("DVIR", "FAULT", "FORM", "ISSUE", "ITEM_TYPE_UNSPECIFIED", "MAINTENANCE_PREDICTION_EVENT", "SCHEDULED_MAINTENANCE"): ("WorkOrderItemType", "Type of an item related to a work order."),
    ("usd",): ("Currency", "Currency of an amount of money."),
}
out_schemas = {"ErrorBody": {
    "description": "Error body of every 4xx response.",
    "type": "object", "required": ["message", "requestId"],
    "properties": {
        "message": {"type": "string", "description": "Message of error", "example": "Invalid value for parameter."},
        "requestId": {"type": "string", "description": "The request ID; used when contacting Samsara support", "example": "8916e1c1"}},
}}

def ref(name):
    return {"$ref": "#/components/schemas/" + name}

def strip_valid_values(desc):
    return re.sub(r"\s*Valid values:.*$", "", desc or "", flags=re.S).strip()

def hoist(node):
    """Replace inline string enums with $refs to shared components."""
    if isinstance(node, dict):
        if "enum" in node and node.get("type") == "string":
            key = tuple(sorted(node["enum"]))
            name, desc = ENUMS[key]
            if name not in out_schemas:
                vals = list(node["enum"])
                if name == "WorkOrderStatus":
                    vals.append("Planning")
                out_schemas[name] = {"type": "string", "description": desc + " Open: values this list does not name are kept as received.", "enum": vals}
            r = ref(name)
            d = strip_valid_values(node.get("description"))
            if d:
                return {"allOf": [r], "description": d} if False else dict(r, **({}))
            return r
        if "$ref" in node:
            old = node["$ref"].split("/")[-1]
            if "Error" in old and old not in RENAME:
                return ref("ErrorBody")
            return ref(RENAME[old])
        new = {}
        for k, v in node.items():
            if k == "format" and v == "uuid":
                continue
            new[k] = hoist(v)
        return new
    if isinstance(node, list):
        return [hoist(x) for x in node]
    return node

for old, new in RENAME.items():
    if new in out_schemas:
        continue
    out_schemas[new] = hoist(copy.deepcopy(S[old]))

def prop(name, schema, description=None, example=None, required=False):
    s = dict(schema)
    if description: s["description"] = description
    if example is not None: s["example"] = example
    return s

# --- additions documented by SDK 14.10.0 and the seeds, absent from the 2025-10-23 extract ---
out_schemas["Assignee"] = {"type": "object", "description": "A technician assigned to a work order or service task.",
    "required": ["userId"], "properties": {"userId": {"type": "string", "description": "Samsara dashboard user ID of the assigned technician. Joinable against the public users API.", "example": "45646"}}}
out_schemas["MaintenanceSite"] = {"type": "object", "description": "The maintenance site (inventory location) where the work is performed.",
    "properties": {
        "name": {"type": "string", "description": "Display name of the maintenance site.", "example": "North Yard"},
        "placeId": {"type": "string", "description": "ID of the Place linked to this maintenance site. Joinable against the Places API. Omitted if the maintenance site is not linked to a place.", "example": "2286"},
        "placeExternalIds": {"type": "object", "additionalProperties": {"type": "string"}, "description": "External identifiers for the linked Place. Populated only when the request sets `includeExternalIds=true`.", "example": {"erp": "site42"}}}}
out_schemas["TimeEntry"] = {"type": "object", "description": "A technician time entry (work session) clocked in against a service task.",
    "required": ["clockInAtTime"], "properties": {
        "clockInAtTime": {"type": "string", "format": "date-time", "description": "Time the technician clocked in to this service task in RFC 3339 (UTC) format.", "example": "2019-06-13T19:08:25Z"},
        "clockOutAtTime": {"type": "string", "format": "date-time", "nullable": True, "description": "Time the technician clocked out of this service task in RFC 3339 (UTC) format. Null if the technician is still clocked in.", "example": "2019-06-13T20:08:25Z"},
        "driverId": {"type": "string", "description": "Samsara driver ID linked to the technician who performed the work.", "example": "938172"},
        "userId": {"type": "string", "description": "Samsara dashboard user ID linked to the technician who performed the work.", "example": "45646"}}}
out_schemas["FormSubtask"] = {"type": "object", "description": "A form subtask.", "required": ["formSubmissionUuid"],
    "properties": {"formSubmissionUuid": {"type": "string", "description": "The UUID of the form submission.", "example": "5523a39f-42ef-4820-83d0-dfe73dbe7853"}}}
out_schemas["ProcedureSubtask"] = {"type": "object", "description": "A procedure subtask.", "required": ["isCompleted", "name"],
    "properties": {"isCompleted": {"type": "boolean", "description": "Whether the procedure is complete.", "example": False},
                   "name": {"type": "string", "description": "The name of the procedure.", "example": "Brake inspection"}}}
out_schemas["Subtask"] = {"type": "object", "description": "A service task subtask. Exactly one of procedure or form is populated.",
    "properties": {"form": ref("FormSubtask"), "procedure": ref("ProcedureSubtask")}}

wo = out_schemas["WorkOrder"]["properties"]
wo["assignees"] = {"type": "array", "items": ref("Assignee"), "description": "Dashboard users assigned to the work order. Only returned for organizations with multiple work order assignees enabled."}
wo["maintenanceSite"] = ref("MaintenanceSite")
wo["startedAtTime"] = {"type": "string", "format": "date-time", "description": "The time work started on the work order, in RFC 3339 format.", "example": "2019-06-13T19:08:25Z"}
wo["workOrderTemplateIds"] = {"type": "array", "items": {"type": "string"}, "description": "IDs of the work order template(s) this work order was created from. May include templates that have since been deleted.", "example": ["7781"]}
st = out_schemas["ServiceTaskInstance"]["properties"]
st["assignees"] = {"type": "array", "items": ref("Assignee"), "description": "Dashboard users assigned to the service task."}
st["notes"] = {"type": "string", "description": "Free-form technician notes for the service task.", "example": "Replaced both front pads."}
st["subtasks"] = {"type": "array", "items": ref("Subtask"), "description": "Subtasks for the service task."}
st["timeEntries"] = {"type": "array", "items": ref("TimeEntry"), "description": "Technician time entries logged against this service task (GET and stream only)."}
out_schemas["ServiceTaskInstanceInput"]["properties"]["notes"] = dict(st["notes"])
for name in ("WorkOrderCreate", "WorkOrderPatch"):
    p = out_schemas[name]["properties"]
    for k in ("archivedAtTime", "completedAtTime", "startedAtTime"):
        p.setdefault(k, {"type": "string", "format": "date-time", "description": f"The historical time, in RFC 3339 format. Set automatically on the matching status transition when not provided.", "example": "2019-06-13T19:08:25Z"})
    p.setdefault("status", ref("WorkOrderStatus"))
    p["placeId"] = {"type": "string", "description": "ID of the Place where the work is performed; it must be linked to a maintenance site. Mutually exclusive with `placeExternalId`." + (" Send an empty string to clear the maintenance site." if name == "WorkOrderPatch" else ""), "example": "2286"}
    p["placeExternalId"] = {"type": "string", "description": "External ID (`key:value`) of the Place where the work is performed. Mutually exclusive with `placeId`." + (" Send an empty string to clear the maintenance site." if name == "WorkOrderPatch" else ""), "example": "erp:site42"}
out_schemas["WorkOrderCreate"]["properties"]["assetId"]["description"] = "The ID of the asset. Either a Samsara ID or an external ID in `key:value` form, for example `vin:1HGCM82633A004352`."

# --- paths ---
RATE = {"get": (5, "second"), "delete": (100, "minute"), "post": (100, "minute"), "patch": (100, "minute")}
paths = {}
for p, item in src["paths"].items():
    paths[p] = {}
    for m, op in item.items():
        op = copy.deepcopy(op)
        desc = op.get("description", "")
        scope = re.search(r"select \*\*(.+?)\*\*", desc)
        first = re.split(r"\n\s*\n", desc)[0].strip()
        new = {"operationId": op["operationId"], "summary": re.sub(r"^\[beta\]\s*", "", op.get("summary", "")), "description": first,
               "tags": op.get("tags", [])}
        n, per = RATE[m]
        new["x-samsara-rate-limit"] = {"requests": n, "per": per, "scope": scope.group(1) if scope else None}
        params = []
        for prm in op.get("parameters", []):
            prm = hoist(prm)
            if prm["name"] in ("startTime", "endTime"):
                prm["schema"] = {"type": "string", "format": "date-time"}
            params.append(prm)
        names = {x["name"] for x in params}
        if p.startswith("/maintenance/work-orders") and m == "get" and "includeExternalIds" not in names:
            params.append({"name": "includeExternalIds", "in": "query", "description": "When true, populates `maintenanceSite.placeExternalIds` on each work order.", "schema": {"type": "boolean"}})
        if "after" in names:
            params.append({"name": "limit", "in": "query", "description": "The maximum number of objects on a page (default and maximum 512). Samsara may return fewer.", "schema": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 512}})
        new["parameters"] = params
        if "requestBody" in op:
            new["requestBody"] = hoist(op["requestBody"])
        ok = [c for c in op["responses"] if c.startswith("2")][0]
        r = hoist(op["responses"][ok])
        new["responses"] = {ok: r, "4XX": {"description": "Client error: `{message, requestId}`.", "content": {"application/json": {"schema": ref("ErrorBody")}}}}
        paths[p][m] = new

doc = {
    "openapi": "3.0.3",
    "info": {"title": "Samsara API: qualification records and maintenance work orders", "version": "2025-10-23",
             "description": "Hand-curated subset of Samsara's REST API."},
    "servers": [{"url": "https://api.samsara.com", "description": "US"},
                {"url": "https://api.eu.samsara.com", "description": "EU"},
                {"url": "https://api.ca.samsara.com", "description": "CA"}],
    "security": [{"bearerAuth": []}],
    "paths": paths,
    "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
                   "schemas": dict(sorted(out_schemas.items()))},
}
json.dump(doc, open(sys.argv[2], "w"), indent=2)
print(len(out_schemas), "schemas")
