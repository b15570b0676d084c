-- A night without changes: the list arrives exactly as it was last merged, and the mirror has not been written
-- since. Then merging it again would change nothing, and the merge skips it instead of comparing every row.
-- A list is known by the digest of its staged rows' text hashes in list order (raptor.staging_list.digest); the
-- mirror's writes are seen in its history table, which every write to the mirror adds to (pull and push alike).
ALTER TABLE raptor.staging_list ADD COLUMN digest text;
COMMENT ON COLUMN raptor.staging_list.digest IS 'md5 of the staged rows'' text hashes in list order, before duplicates were removed; equal to raptor.merged_list.digest when the list is the one last merged.';

CREATE TABLE raptor.merged_list (
    resource     text PRIMARY KEY CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    digest       text NOT NULL,
    history_mark bigint,
    run_id       bigint NOT NULL REFERENCES raptor.sync_run ON DELETE CASCADE
);
COMMENT ON TABLE raptor.merged_list IS 'The list each mirror table was last merged from, when that merge rejected nothing: a later list with the same digest, while the table''s history has not grown since, is merged by doing nothing. A migration that changes mirror rows must empty this table.';
COMMENT ON COLUMN raptor.merged_list.resource IS 'Mirror table: facility, control_center, cyber_system or cyber_asset.';
COMMENT ON COLUMN raptor.merged_list.digest IS 'raptor.staging_list.digest of the list merged.';
COMMENT ON COLUMN raptor.merged_list.history_mark IS 'The table''s newest history_id right after that merge (null: no history yet); any other means the mirror was written since.';
COMMENT ON COLUMN raptor.merged_list.run_id IS 'The run whose merge this was (raptor.sync_run).';
