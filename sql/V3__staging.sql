-- Where a run's lists wait for the merge. Logged, so the lists of completed pull steps survive a database
-- crash and a restarted run does not fetch them again.
CREATE TABLE raptor.staging_record (
    run_id            bigint NOT NULL,
    resource          text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    id                text NOT NULL,
    name              text,
    payload           jsonb NOT NULL,
    payload_hash      text NOT NULL GENERATED ALWAYS AS (md5(payload::text)) STORED,
    upstream_deleted  boolean NOT NULL DEFAULT false,
    control_center_id text,
    facility_id       text,
    cyber_system_id   text,
    asset_type        text,
    element_index     integer CHECK (element_index >= 0),
    PRIMARY KEY (run_id, resource, id)
);
COMMENT ON TABLE raptor.staging_record IS 'A run''s pulled lists before the merge; rows are removed once merged, and a new run drops what older runs left. Logged, so a restarted run finds the lists its completed steps pulled.';
COMMENT ON COLUMN raptor.staging_record.run_id IS 'The run that pulled the list.';
COMMENT ON COLUMN raptor.staging_record.resource IS 'Target mirror table: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.staging_record.id IS 'The API''s id; the first element with an id wins, later ones are rejected as duplicates.';
COMMENT ON COLUMN raptor.staging_record.name IS 'Display name from whichever field the dialect uses.';
COMMENT ON COLUMN raptor.staging_record.payload IS 'The element as received.';
COMMENT ON COLUMN raptor.staging_record.payload_hash IS 'md5 of payload::text, compared with the mirror''s.';
COMMENT ON COLUMN raptor.staging_record.upstream_deleted IS 'The element says isDeleted true.';
COMMENT ON COLUMN raptor.staging_record.control_center_id IS 'Relation for facility and cyber_system rows.';
COMMENT ON COLUMN raptor.staging_record.facility_id IS 'Relation for cyber_system rows.';
COMMENT ON COLUMN raptor.staging_record.cyber_system_id IS 'Relation for cyber_asset rows.';
COMMENT ON COLUMN raptor.staging_record.asset_type IS 'Asset type for cyber_asset rows.';
COMMENT ON COLUMN raptor.staging_record.element_index IS 'Zero-based position in the list, when the caller knows it.';
