-- Mirror tables (current state of every record ever seen) and their change history.
-- No foreign keys between mirror tables: upstream can be inconsistent (a system may vanish before its assets).
-- payload_hash is generated from the jsonb text, so key order and whitespace of the input do not count as a change.

CREATE TABLE raptor.facility (
    id                text PRIMARY KEY,
    name              text,
    control_center_id text,
    payload           jsonb NOT NULL,
    payload_hash      text NOT NULL GENERATED ALWAYS AS (md5(payload::text)) STORED,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    deleted_at        timestamptz
);
CREATE INDEX facility_control_center_id_idx ON raptor.facility (control_center_id);
CREATE INDEX facility_deleted_at_idx ON raptor.facility (deleted_at);
COMMENT ON TABLE raptor.facility IS 'Facilities (substations, plants): one row per remote record ever seen, deleted ones included.';
COMMENT ON COLUMN raptor.facility.id IS 'The API''s id, an opaque string (prefixed or UUID).';
COMMENT ON COLUMN raptor.facility.name IS 'Display name from whichever field the dialect uses.';
COMMENT ON COLUMN raptor.facility.control_center_id IS 'Control center that oversees the facility (controlCenterId), if any.';
COMMENT ON COLUMN raptor.facility.payload IS 'The record exactly as last received (jsonb: key order and whitespace are not kept).';
COMMENT ON COLUMN raptor.facility.payload_hash IS 'md5 of payload::text; a different hash is an update.';
COMMENT ON COLUMN raptor.facility.first_seen_at IS 'When a run first saw the record.';
COMMENT ON COLUMN raptor.facility.last_seen_at IS 'When the row was last written (created, updated, restored, or seen with isDeleted). A run that sees the record unchanged does not touch the row, so this is not the last time it was listed: see raptor.sync_run for that.';
COMMENT ON COLUMN raptor.facility.deleted_at IS 'When the record was seen deleted upstream (gone from the list or isDeleted true); null while it is present.';

CREATE TABLE raptor.facility_history (
    history_id  bigserial PRIMARY KEY,
    id          text NOT NULL,
    change      text NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored')),
    payload     jsonb NOT NULL,
    observed_at timestamptz NOT NULL,
    run_id      bigint NOT NULL REFERENCES raptor.sync_run
);
CREATE INDEX facility_history_id_observed_at_idx ON raptor.facility_history (id, observed_at);
CREATE INDEX facility_history_run_id_idx ON raptor.facility_history (run_id);
COMMENT ON TABLE raptor.facility_history IS 'One row per observed change of a raptor.facility record; a run that sees no change writes none.';
COMMENT ON COLUMN raptor.facility_history.history_id IS 'Surrogate key, increasing in insertion order.';
COMMENT ON COLUMN raptor.facility_history.id IS 'The record (raptor.facility.id).';
COMMENT ON COLUMN raptor.facility_history.change IS 'created, updated, deleted (gone from the list or isDeleted true) or restored (present again).';
COMMENT ON COLUMN raptor.facility_history.payload IS 'The record as received with this change; for a record gone from the list, its last known payload.';
COMMENT ON COLUMN raptor.facility_history.observed_at IS 'When the run observed the change (the pull time of the list).';
COMMENT ON COLUMN raptor.facility_history.run_id IS 'The run that observed it (raptor.sync_run).';

CREATE TABLE raptor.control_center (
    id                text PRIMARY KEY,
    name              text,
    payload           jsonb NOT NULL,
    payload_hash      text NOT NULL GENERATED ALWAYS AS (md5(payload::text)) STORED,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    deleted_at        timestamptz
);
CREATE INDEX control_center_deleted_at_idx ON raptor.control_center (deleted_at);
COMMENT ON TABLE raptor.control_center IS 'Control centers: one row per remote record ever seen, deleted ones included.';
COMMENT ON COLUMN raptor.control_center.id IS 'The API''s id, an opaque string (prefixed or UUID).';
COMMENT ON COLUMN raptor.control_center.name IS 'Display name from whichever field the dialect uses.';
COMMENT ON COLUMN raptor.control_center.payload IS 'The record exactly as last received (jsonb: key order and whitespace are not kept).';
COMMENT ON COLUMN raptor.control_center.payload_hash IS 'md5 of payload::text; a different hash is an update.';
COMMENT ON COLUMN raptor.control_center.first_seen_at IS 'When a run first saw the record.';
COMMENT ON COLUMN raptor.control_center.last_seen_at IS 'When the row was last written (created, updated, restored, or seen with isDeleted). A run that sees the record unchanged does not touch the row, so this is not the last time it was listed: see raptor.sync_run for that.';
COMMENT ON COLUMN raptor.control_center.deleted_at IS 'When the record was seen deleted upstream (gone from the list or isDeleted true); null while it is present.';

CREATE TABLE raptor.control_center_history (
    history_id  bigserial PRIMARY KEY,
    id          text NOT NULL,
    change      text NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored')),
    payload     jsonb NOT NULL,
    observed_at timestamptz NOT NULL,
    run_id      bigint NOT NULL REFERENCES raptor.sync_run
);
CREATE INDEX control_center_history_id_observed_at_idx ON raptor.control_center_history (id, observed_at);
CREATE INDEX control_center_history_run_id_idx ON raptor.control_center_history (run_id);
COMMENT ON TABLE raptor.control_center_history IS 'One row per observed change of a raptor.control_center record; a run that sees no change writes none.';
COMMENT ON COLUMN raptor.control_center_history.history_id IS 'Surrogate key, increasing in insertion order.';
COMMENT ON COLUMN raptor.control_center_history.id IS 'The record (raptor.control_center.id).';
COMMENT ON COLUMN raptor.control_center_history.change IS 'created, updated, deleted (gone from the list or isDeleted true) or restored (present again).';
COMMENT ON COLUMN raptor.control_center_history.payload IS 'The record as received with this change; for a record gone from the list, its last known payload.';
COMMENT ON COLUMN raptor.control_center_history.observed_at IS 'When the run observed the change (the pull time of the list).';
COMMENT ON COLUMN raptor.control_center_history.run_id IS 'The run that observed it (raptor.sync_run).';

CREATE TABLE raptor.cyber_system (
    id                text PRIMARY KEY,
    name              text,
    facility_id       text,
    control_center_id text,
    payload           jsonb NOT NULL,
    payload_hash      text NOT NULL GENERATED ALWAYS AS (md5(payload::text)) STORED,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    deleted_at        timestamptz
);
CREATE INDEX cyber_system_facility_id_idx ON raptor.cyber_system (facility_id);
CREATE INDEX cyber_system_control_center_id_idx ON raptor.cyber_system (control_center_id);
CREATE INDEX cyber_system_deleted_at_idx ON raptor.cyber_system (deleted_at);
COMMENT ON TABLE raptor.cyber_system IS 'BES cyber systems; each belongs to one facility or one control center: one row per remote record ever seen, deleted ones included.';
COMMENT ON COLUMN raptor.cyber_system.id IS 'The API''s id, an opaque string (prefixed or UUID).';
COMMENT ON COLUMN raptor.cyber_system.name IS 'Display name from whichever field the dialect uses.';
COMMENT ON COLUMN raptor.cyber_system.facility_id IS 'Facility the system belongs to (facility_id / facilityId), if any.';
COMMENT ON COLUMN raptor.cyber_system.control_center_id IS 'Control center the system belongs to (controlCenterId), if any.';
COMMENT ON COLUMN raptor.cyber_system.payload IS 'The record exactly as last received (jsonb: key order and whitespace are not kept).';
COMMENT ON COLUMN raptor.cyber_system.payload_hash IS 'md5 of payload::text; a different hash is an update.';
COMMENT ON COLUMN raptor.cyber_system.first_seen_at IS 'When a run first saw the record.';
COMMENT ON COLUMN raptor.cyber_system.last_seen_at IS 'When the row was last written (created, updated, restored, or seen with isDeleted). A run that sees the record unchanged does not touch the row, so this is not the last time it was listed: see raptor.sync_run for that.';
COMMENT ON COLUMN raptor.cyber_system.deleted_at IS 'When the record was seen deleted upstream (gone from the list or isDeleted true); null while it is present.';

CREATE TABLE raptor.cyber_system_history (
    history_id  bigserial PRIMARY KEY,
    id          text NOT NULL,
    change      text NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored')),
    payload     jsonb NOT NULL,
    observed_at timestamptz NOT NULL,
    run_id      bigint NOT NULL REFERENCES raptor.sync_run
);
CREATE INDEX cyber_system_history_id_observed_at_idx ON raptor.cyber_system_history (id, observed_at);
CREATE INDEX cyber_system_history_run_id_idx ON raptor.cyber_system_history (run_id);
COMMENT ON TABLE raptor.cyber_system_history IS 'One row per observed change of a raptor.cyber_system record; a run that sees no change writes none.';
COMMENT ON COLUMN raptor.cyber_system_history.history_id IS 'Surrogate key, increasing in insertion order.';
COMMENT ON COLUMN raptor.cyber_system_history.id IS 'The record (raptor.cyber_system.id).';
COMMENT ON COLUMN raptor.cyber_system_history.change IS 'created, updated, deleted (gone from the list or isDeleted true) or restored (present again).';
COMMENT ON COLUMN raptor.cyber_system_history.payload IS 'The record as received with this change; for a record gone from the list, its last known payload.';
COMMENT ON COLUMN raptor.cyber_system_history.observed_at IS 'When the run observed the change (the pull time of the list).';
COMMENT ON COLUMN raptor.cyber_system_history.run_id IS 'The run that observed it (raptor.sync_run).';

CREATE TABLE raptor.cyber_asset (
    id                text PRIMARY KEY,
    name              text,
    cyber_system_id   text,
    asset_type        text,
    payload           jsonb NOT NULL,
    payload_hash      text NOT NULL GENERATED ALWAYS AS (md5(payload::text)) STORED,
    first_seen_at     timestamptz NOT NULL,
    last_seen_at      timestamptz NOT NULL,
    deleted_at        timestamptz
);
CREATE INDEX cyber_asset_cyber_system_id_idx ON raptor.cyber_asset (cyber_system_id);
CREATE INDEX cyber_asset_asset_type_idx ON raptor.cyber_asset (asset_type);
CREATE INDEX cyber_asset_deleted_at_idx ON raptor.cyber_asset (deleted_at);
COMMENT ON TABLE raptor.cyber_asset IS 'Cyber assets; each belongs to one cyber system: one row per remote record ever seen, deleted ones included.';
COMMENT ON COLUMN raptor.cyber_asset.id IS 'The API''s id, an opaque string (prefixed or UUID).';
COMMENT ON COLUMN raptor.cyber_asset.name IS 'Display name from whichever field the dialect uses.';
COMMENT ON COLUMN raptor.cyber_asset.cyber_system_id IS 'Cyber system the asset belongs to (cyber_system_id / cyberSystemId).';
COMMENT ON COLUMN raptor.cyber_asset.asset_type IS 'Asset type as the API sends it (asset_type / assetType), e.g. hardware.';
COMMENT ON COLUMN raptor.cyber_asset.payload IS 'The record exactly as last received (jsonb: key order and whitespace are not kept).';
COMMENT ON COLUMN raptor.cyber_asset.payload_hash IS 'md5 of payload::text; a different hash is an update.';
COMMENT ON COLUMN raptor.cyber_asset.first_seen_at IS 'When a run first saw the record.';
COMMENT ON COLUMN raptor.cyber_asset.last_seen_at IS 'When the row was last written (created, updated, restored, or seen with isDeleted). A run that sees the record unchanged does not touch the row, so this is not the last time it was listed: see raptor.sync_run for that.';
COMMENT ON COLUMN raptor.cyber_asset.deleted_at IS 'When the record was seen deleted upstream (gone from the list or isDeleted true); null while it is present.';

CREATE TABLE raptor.cyber_asset_history (
    history_id  bigserial PRIMARY KEY,
    id          text NOT NULL,
    change      text NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored')),
    payload     jsonb NOT NULL,
    observed_at timestamptz NOT NULL,
    run_id      bigint NOT NULL REFERENCES raptor.sync_run
);
CREATE INDEX cyber_asset_history_id_observed_at_idx ON raptor.cyber_asset_history (id, observed_at);
CREATE INDEX cyber_asset_history_run_id_idx ON raptor.cyber_asset_history (run_id);
COMMENT ON TABLE raptor.cyber_asset_history IS 'One row per observed change of a raptor.cyber_asset record; a run that sees no change writes none.';
COMMENT ON COLUMN raptor.cyber_asset_history.history_id IS 'Surrogate key, increasing in insertion order.';
COMMENT ON COLUMN raptor.cyber_asset_history.id IS 'The record (raptor.cyber_asset.id).';
COMMENT ON COLUMN raptor.cyber_asset_history.change IS 'created, updated, deleted (gone from the list or isDeleted true) or restored (present again).';
COMMENT ON COLUMN raptor.cyber_asset_history.payload IS 'The record as received with this change; for a record gone from the list, its last known payload.';
COMMENT ON COLUMN raptor.cyber_asset_history.observed_at IS 'When the run observed the change (the pull time of the list).';
COMMENT ON COLUMN raptor.cyber_asset_history.run_id IS 'The run that observed it (raptor.sync_run).';
