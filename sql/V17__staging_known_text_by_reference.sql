-- A night without changes: most records arrive in exactly the text their mirror row was last merged from. The pull
-- now stages such a record without its payload (by reference to the mirror row, which holds it): the id and the
-- text's md5 are all the merge needs to find it unchanged, and the night no longer copies every payload into
-- PostgreSQL only to drop it. So the md5 is computed by the pull (the same md5 of the same UTF-8 text PostgreSQL
-- computed), and the payload may be null. The merge refuses a list whose referenced text the mirror no longer holds
-- (a push or another merge wrote the row since the pull): such a list is flagged lost and pulled again.
ALTER TABLE raptor.staging_record ALTER COLUMN text_hash DROP EXPRESSION;
ALTER TABLE raptor.staging_record ALTER COLUMN payload DROP NOT NULL;
ALTER TABLE raptor.staging_record ADD CONSTRAINT staging_record_text_hash_is_md5 CHECK (text_hash ~ '^[0-9a-f]{32}$');

COMMENT ON COLUMN raptor.staging_record.payload IS 'The element as received, as the JSON text the pull wrote; the merge parses it as jsonb for the rows it writes. Null: the text is the one the live mirror row with this id was last merged from (its received_hash equals text_hash), so the row holds it.';
COMMENT ON COLUMN raptor.staging_record.text_hash IS 'md5 (hex) of the JSON text the pull wrote, as PostgreSQL''s md5(text) computes it; compared with the mirror''s received_hash.';
