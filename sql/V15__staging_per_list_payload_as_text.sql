-- Staging, rebuilt for speed:
-- * one partition per list, so that a statement about one list (the counts and merge of 200 facilities) reads that
--   list's rows only, not the 100,000 cyber assets staged beside them;
-- * the payload as the JSON text the pull wrote: PostgreSQL parses it as jsonb only for the rows the merge writes
--   (new or changed), not for every row of every list at COPY time;
-- * the md5 of that text, which a mirror row remembers (received_hash): a record listed again in the same text is
--   unchanged without being parsed or compared, and a night without changes is made of those.
-- Partitions are unlogged like the table they replace (V14); seq comes from a sequence, since identity columns
-- of partitioned tables need PostgreSQL 17.
CREATE SEQUENCE raptor.staging_record_seq AS bigint;
SELECT setval('raptor.staging_record_seq', (SELECT max(seq) FROM raptor.staging_record)) FROM raptor.staging_record
 HAVING count(*) > 0;

CREATE TABLE raptor.staging_record_per_list (
    run_id            bigint NOT NULL,
    resource          text NOT NULL CHECK (resource IN ('facility', 'control_center', 'cyber_system', 'cyber_asset')),
    id                text NOT NULL,
    name              text,
    payload           text NOT NULL,
    text_hash         text NOT NULL GENERATED ALWAYS AS (md5(payload)) STORED,
    upstream_deleted  boolean NOT NULL DEFAULT false,
    control_center_id text,
    facility_id       text,
    cyber_system_id   text,
    asset_type        text,
    element_index     integer CHECK (element_index >= 0),
    seq               bigint NOT NULL DEFAULT nextval('raptor.staging_record_seq')
) PARTITION BY LIST (resource);
CREATE UNLOGGED TABLE raptor.staging_facility PARTITION OF raptor.staging_record_per_list FOR VALUES IN ('facility');
CREATE UNLOGGED TABLE raptor.staging_control_center PARTITION OF raptor.staging_record_per_list
    FOR VALUES IN ('control_center');
CREATE UNLOGGED TABLE raptor.staging_cyber_system PARTITION OF raptor.staging_record_per_list
    FOR VALUES IN ('cyber_system');
CREATE UNLOGGED TABLE raptor.staging_cyber_asset PARTITION OF raptor.staging_record_per_list
    FOR VALUES IN ('cyber_asset');

-- what a run left staged (a run to be resumed) is kept
INSERT INTO raptor.staging_record_per_list (run_id, resource, id, name, payload, upstream_deleted, control_center_id,
                                            facility_id, cyber_system_id, asset_type, element_index, seq)
SELECT run_id, resource, id, name, payload::text, upstream_deleted, control_center_id, facility_id, cyber_system_id,
       asset_type, element_index, seq
  FROM raptor.staging_record;

-- the columns kept their meaning and keep their comments
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT a.attname, col_description(a.attrelid, a.attnum) AS note
               FROM pg_attribute a
              WHERE a.attrelid = 'raptor.staging_record'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attname NOT IN ('payload', 'payload_hash')
    LOOP
        EXECUTE format('COMMENT ON COLUMN raptor.staging_record_per_list.%I IS %L', c.attname, c.note);
    END LOOP;
END
$$;
DROP TABLE raptor.staging_record;
ALTER TABLE raptor.staging_record_per_list RENAME TO staging_record;
ALTER SEQUENCE raptor.staging_record_seq OWNED BY raptor.staging_record.seq;
COMMENT ON TABLE raptor.staging_record IS 'A run''s pulled lists before the merge, one partition per list (raptor.staging_facility, ...); rows are removed once merged, and a new run drops what older runs left. Unlogged: emptied by a database crash, which the merge detects (raptor.staging_list) and a resumed run repairs by pulling the lists again.';
COMMENT ON COLUMN raptor.staging_record.payload IS 'The element as received, as the JSON text the pull wrote; the merge parses it as jsonb for the rows it writes.';
COMMENT ON COLUMN raptor.staging_record.text_hash IS 'md5 of the payload text, compared with the mirror''s received_hash.';
COMMENT ON TABLE raptor.staging_facility IS 'The facility list of raptor.staging_record.';
COMMENT ON TABLE raptor.staging_control_center IS 'The control center list of raptor.staging_record.';
COMMENT ON TABLE raptor.staging_cyber_system IS 'The cyber system list of raptor.staging_record.';
COMMENT ON TABLE raptor.staging_cyber_asset IS 'The cyber asset list of raptor.staging_record.';

ALTER TABLE raptor.facility ADD COLUMN received_hash text;
ALTER TABLE raptor.control_center ADD COLUMN received_hash text;
ALTER TABLE raptor.cyber_system ADD COLUMN received_hash text;
ALTER TABLE raptor.cyber_asset ADD COLUMN received_hash text;
COMMENT ON COLUMN raptor.facility.received_hash IS 'md5 of the JSON text the pull last merged this row from; the same text again is no change. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.control_center.received_hash IS 'md5 of the JSON text the pull last merged this row from; the same text again is no change. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.cyber_system.received_hash IS 'md5 of the JSON text the pull last merged this row from; the same text again is no change. Null when unknown (before V15).';
COMMENT ON COLUMN raptor.cyber_asset.received_hash IS 'md5 of the JSON text the pull last merged this row from; the same text again is no change. Null when unknown: written by a push (which must reset it with the payload), or before V15.';
