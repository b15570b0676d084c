-- What a run did not do, and why: rows kept because their element was rejected, deletions deferred because a
-- rejected element had no usable id, and fields whose JSON type differed from the API's description.
ALTER TABLE raptor.sync_run_resource
    ADD COLUMN kept     integer NOT NULL DEFAULT 0 CHECK (kept >= 0),
    ADD COLUMN deferred integer NOT NULL DEFAULT 0 CHECK (deferred >= 0);
COMMENT ON COLUMN raptor.sync_run_resource.kept IS 'Mirror rows left as they were because their element was rejected in this run (see raptor.sync_run_rejection).';
COMMENT ON COLUMN raptor.sync_run_resource.deferred IS 'Live rows absent from the list but not marked deleted, because an element without a usable id was rejected (it may have been one of them).';

CREATE TABLE raptor.sync_run_drift (
    run_id     bigint NOT NULL REFERENCES raptor.sync_run ON DELETE CASCADE,
    resource   text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    field      text NOT NULL,
    expected   text NOT NULL,
    found      text NOT NULL,
    records    integer NOT NULL CHECK (records > 0),
    example_id text,
    PRIMARY KEY (run_id, resource, field, found)
);
COMMENT ON TABLE raptor.sync_run_drift IS 'Fields of a run''s lists whose JSON type differed from the API description; the records were kept, the values stored as received.';
COMMENT ON COLUMN raptor.sync_run_drift.run_id IS 'The run (raptor.sync_run).';
COMMENT ON COLUMN raptor.sync_run_drift.resource IS 'Which list: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.sync_run_drift.field IS 'The field as received, e.g. inService.';
COMMENT ON COLUMN raptor.sync_run_drift.expected IS 'The JSON type the API description gives: string, number, boolean, object or array.';
COMMENT ON COLUMN raptor.sync_run_drift.found IS 'The JSON type received instead.';
COMMENT ON COLUMN raptor.sync_run_drift.records IS 'How many elements of the list had it.';
COMMENT ON COLUMN raptor.sync_run_drift.example_id IS 'The id of one such element.';
