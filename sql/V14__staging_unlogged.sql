-- Staged lists are written once and read once by the merge: unlogged, they cost no WAL. A crash or an immediate
-- shutdown of PostgreSQL empties the table; the merge then finds a list not staged whole (raptor.staging_list) and
-- refuses it, and resuming the run pulls the lost lists again.
ALTER TABLE raptor.staging_record SET UNLOGGED;
COMMENT ON TABLE raptor.staging_record IS 'A run''s pulled lists before the merge; rows are removed once merged, and a new run drops what older runs left. Unlogged: emptied by a database crash, which the merge detects (raptor.staging_list) and a resumed run repairs by pulling the lists again.';
