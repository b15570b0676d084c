-- The pull stages its lists with COPY (about ten times faster than row inserts), which cannot skip a duplicate id
-- the way INSERT ... ON CONFLICT DO NOTHING did: duplicates are found set-based once a list was read whole (the
-- first in list order wins, the others become rejections), so the primary key gives way to the list order.
ALTER TABLE raptor.staging_record DROP CONSTRAINT staging_record_pkey;
ALTER TABLE raptor.staging_record ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
COMMENT ON COLUMN raptor.staging_record.seq IS 'Order of staging: among rows with the same id the first staged is kept, the others are rejected as duplicates.';
COMMENT ON COLUMN raptor.staging_record.id IS 'The API''s id; unique per run and resource once the list was read whole (duplicates are removed and rejected).';

-- What each completed pull step staged, kept apart from the staged rows: the merge compares the two and refuses
-- to merge a list that is not all there (e.g. a staging table emptied by a database crash), which would otherwise
-- mark every missing record deleted.
CREATE TABLE raptor.staging_list (
    run_id      bigint NOT NULL REFERENCES raptor.sync_run ON DELETE CASCADE,
    resource    text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    staged_rows integer CHECK (staged_rows >= 0),
    lost        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (run_id, resource)
);
COMMENT ON TABLE raptor.staging_list IS 'A list a pull step staged whole and the merge has not merged yet: how many rows it staged, and whether the merge found them lost.';
COMMENT ON COLUMN raptor.staging_list.run_id IS 'The run (raptor.sync_run).';
COMMENT ON COLUMN raptor.staging_list.resource IS 'Mirror table: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.staging_list.staged_rows IS 'Rows of raptor.staging_record the pull step left for the merge (duplicates removed); null when unknown.';
COMMENT ON COLUMN raptor.staging_list.lost IS 'The merge found fewer or other rows staged than the pull step recorded: the pull step runs again when the run is resumed.';
