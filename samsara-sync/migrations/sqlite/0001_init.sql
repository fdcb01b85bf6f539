-- samsara-sync schema, version 1 (SQLite). Times are RFC 3339 UTC text with
-- nine fractional digits (`2026-12-07T18:27:17.415000000Z`), so that text
-- order is time order.

-- One row per work order: its latest version. `deleted_at` set: a tombstone.
CREATE TABLE work_orders (
    organisation      TEXT NOT NULL,
    id                TEXT NOT NULL,
    asset_id          TEXT NOT NULL,
    status            TEXT,
    priority          TEXT,
    category          TEXT,
    assigned_user_id  TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    due_at            TEXT,
    completed_at      TEXT,
    archived_at       TEXT,
    deleted_at        TEXT,
    raw               TEXT NOT NULL,
    PRIMARY KEY (organisation, id)
);
CREATE INDEX work_orders_asset ON work_orders (organisation, asset_id);
CREATE INDEX work_orders_updated ON work_orders (updated_at);

-- One row per qualification record: its latest version.
CREATE TABLE qualification_records (
    organisation           TEXT NOT NULL,
    id                     TEXT NOT NULL,
    owner_type             TEXT NOT NULL,
    owner_id               TEXT NOT NULL,
    qualification_type_id  TEXT NOT NULL,
    record_status          TEXT,
    issue_date             TEXT,
    expiration_date        TEXT,
    created_at             TEXT,
    updated_at             TEXT NOT NULL,
    deleted_at             TEXT,
    raw                    TEXT NOT NULL,
    PRIMARY KEY (organisation, id)
);
CREATE INDEX qualification_records_owner ON qualification_records (organisation, owner_type, owner_id);
CREATE INDEX qualification_records_expiration ON qualification_records (expiration_date);

-- Every version applied, once: (family, id, updated_at) is unique, so a
-- version applied twice is a constraint error, not a silent repeat.
CREATE TABLE applied_versions (
    organisation TEXT NOT NULL,
    family      TEXT NOT NULL,
    id          TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    PRIMARY KEY (organisation, family, id, updated_at)
);

-- Records that did not match the spec, kept whole (`samsara::Error::Record`).
CREATE TABLE rejects (
    organisation TEXT NOT NULL,
    stream      TEXT NOT NULL,
    record_id   TEXT,
    updated_at  TEXT,
    path        TEXT NOT NULL,
    message     TEXT NOT NULL,
    raw         TEXT NOT NULL,
    seen_at     TEXT NOT NULL
);

-- Where each stream resumes: a `samsara::Checkpoint`, committed with its page.
CREATE TABLE checkpoints (
    organisation TEXT NOT NULL,
    stream      TEXT NOT NULL,
    checkpoint  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (organisation, stream)
);

-- Which process syncs which organisation: one holder per organisation at a
-- time; a lease its holder stops renewing expires and another takes it.
CREATE TABLE leases (
    organisation TEXT PRIMARY KEY,
    holder       TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
