-- A pull starts by reading which element each live mirror row was last merged from: (id, received_hash) of every
-- live row (warehouse.MirrorTexts). From the table that read every page of the rows, payloads and all (1.2 GB for
-- a million cyber assets, 1.3 s of PostgreSQL in psql), while the list reader waited for it at the first element.
-- This partial index holds exactly those two columns of exactly those rows (80 MB for a million): PostgreSQL
-- answers the read from the index alone (an index-only scan, 0.4 s) wherever the table's visibility map says its
-- pages hold only rows visible to all, which a VACUUM records. A run whose merge wrote much of a table vacuums it
-- once the run has ended (warehouse.MirrorUpkeep), and autovacuum does the rest.
CREATE INDEX facility_known_text_idx ON raptor.facility (id) INCLUDE (received_hash)
    WHERE deleted_at IS NULL AND received_hash IS NOT NULL;
CREATE INDEX control_center_known_text_idx ON raptor.control_center (id) INCLUDE (received_hash)
    WHERE deleted_at IS NULL AND received_hash IS NOT NULL;
CREATE INDEX cyber_system_known_text_idx ON raptor.cyber_system (id) INCLUDE (received_hash)
    WHERE deleted_at IS NULL AND received_hash IS NOT NULL;
CREATE INDEX cyber_asset_known_text_idx ON raptor.cyber_asset (id) INCLUDE (received_hash)
    WHERE deleted_at IS NULL AND received_hash IS NOT NULL;

COMMENT ON INDEX raptor.facility_known_text_idx IS 'What each live row was last merged from, for the pull to read without the table (index-only scan).';
COMMENT ON INDEX raptor.control_center_known_text_idx IS 'What each live row was last merged from, for the pull to read without the table (index-only scan).';
COMMENT ON INDEX raptor.cyber_system_known_text_idx IS 'What each live row was last merged from, for the pull to read without the table (index-only scan).';
COMMENT ON INDEX raptor.cyber_asset_known_text_idx IS 'What each live row was last merged from, for the pull to read without the table (index-only scan).';
