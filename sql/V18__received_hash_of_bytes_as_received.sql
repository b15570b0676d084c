-- The pull now hashes each element as received, its bytes exactly as the API sent them, before parsing it: an
-- element whose id and hash are those of a live mirror row is the very element that row was merged from, and it is
-- staged by reference without being parsed at all (a night without changes parses almost nothing). The first run
-- after this migration finds every hash different (the old ones were of the re-serialized text), compares the rows
-- in full as jsonb, finds them equal and records the new hashes: no history row, no change.
--
-- The hash check was a regular expression evaluated for every staged row: a third of the cost of staging 100,000
-- rows by reference. The pull always writes 32 hex digits; the length is what the check keeps.
ALTER TABLE raptor.staging_record DROP CONSTRAINT staging_record_text_hash_is_md5;
ALTER TABLE raptor.staging_record ADD CONSTRAINT staging_record_text_hash_is_md5 CHECK (octet_length(text_hash) = 32);

COMMENT ON COLUMN raptor.staging_record.text_hash IS 'md5 (hex) of the element''s bytes as received, computed by the pull (of the JSON text written, for a record read otherwise); compared with the mirror''s received_hash.';
COMMENT ON COLUMN raptor.facility.received_hash IS 'md5 of the element, as received, that the pull last merged this row from; the same element again is no change and is not parsed. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.control_center.received_hash IS 'md5 of the element, as received, that the pull last merged this row from; the same element again is no change and is not parsed. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.cyber_system.received_hash IS 'md5 of the element, as received, that the pull last merged this row from; the same element again is no change and is not parsed. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.cyber_asset.received_hash IS 'md5 of the element, as received, that the pull last merged this row from; the same element again is no change and is not parsed. Null when unknown: written by a push (which must reset it with the payload), or before V15.';
