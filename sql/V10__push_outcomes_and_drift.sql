-- The push: each ledger row's planned field changes and the API's answer, history rows marked by who wrote them,
-- and the drift view (desired rows that differ from the mirror).
ALTER TABLE raptor.cyber_asset_push
    ADD COLUMN changes jsonb,
    ADD COLUMN field   text,
    ADD COLUMN message text,
    ADD COLUMN sent_at timestamptz;
COMMENT ON COLUMN raptor.cyber_asset_push.changes IS 'The planned field changes: {"field": {"old": ..., "new": ...}} in the server''s dialect.';
COMMENT ON COLUMN raptor.cyber_asset_push.field IS 'The field the API (or the local check) named as wrong, if any.';
COMMENT ON COLUMN raptor.cyber_asset_push.message IS 'The API''s message, or why the row failed locally or is still unsettled.';
COMMENT ON COLUMN raptor.cyber_asset_push.sent_at IS 'When the request was last sent (the row is marked sent before it goes out).';
COMMENT ON COLUMN raptor.cyber_asset_push.error IS 'The API''s error (e.g. Unprocessable Entity), or the kind of local failure (missing_required_field, unknown_cyber_system, ambiguous_link, cyber_system_change, outcome_unknown, remote_gone).';

ALTER TABLE raptor.cyber_asset_history
    ADD COLUMN source text NOT NULL DEFAULT 'pull' CHECK (source IN ('pull', 'push'));
COMMENT ON COLUMN raptor.cyber_asset_history.source IS 'pull: observed in a list; push: written from the API''s answer to this tool''s own create, update or delete.';

CREATE VIEW raptor.v_cyber_asset_drift AS
SELECT external_ref, remote_id, drift, differing_fields, desired_name, remote_name, delete_requested
  FROM (SELECT d.external_ref, d.remote_id,
               CASE WHEN d.remote_id IS NULL THEN 'not linked'
                    WHEN m.id IS NULL OR m.deleted_at IS NOT NULL THEN
                        CASE WHEN d.delete_requested THEN 'in sync' ELSE 'missing remotely' END
                    WHEN d.delete_requested THEN 'delete requested'
                    ELSE 'fields differ' END AS drift,
               CASE WHEN m.id IS NULL OR m.deleted_at IS NOT NULL OR d.delete_requested THEN '{}'::text[]
                    ELSE array_remove(ARRAY[
                        CASE WHEN d.name IS DISTINCT FROM coalesce(m.payload->>'name', m.payload->>'assetTitle')
                             THEN 'name' END,
                        CASE WHEN d.cyber_system_id IS DISTINCT FROM m.cyber_system_id THEN 'cyber_system_id' END,
                        CASE WHEN d.asset_type IS DISTINCT FROM m.asset_type THEN 'asset_type' END], NULL)
                      || coalesce((SELECT array_agg(a.key ORDER BY a.key) FROM jsonb_each(d.attributes) a
                                    WHERE (m.payload->>a.key) IS DISTINCT FROM (a.value #>> '{}')), '{}')
               END AS differing_fields,
               d.name AS desired_name, m.name AS remote_name, d.delete_requested
          FROM raptor.cyber_asset_desired d
          LEFT JOIN raptor.cyber_asset m ON m.id = d.remote_id) drift
 WHERE drift NOT IN ('in sync', 'fields differ') OR cardinality(differing_fields) > 0;
COMMENT ON VIEW raptor.v_cyber_asset_drift IS 'Every desired cyber asset that differs from the mirror, and how: not linked yet, missing remotely, delete requested, or the fields that differ (compared as text, in the server''s spelling).';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.external_ref IS 'The desired row (raptor.cyber_asset_desired).';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.remote_id IS 'The linked remote asset; null while not linked.';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.drift IS 'not linked (the next push links or creates it), missing remotely (linked asset gone: the next push re-creates it), delete requested (still present), or fields differ.';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.differing_fields IS 'For fields differ: the fields whose desired value differs from the mirror''s payload (name, cyber_system_id, asset_type, attribute keys).';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.desired_name IS 'The desired name.';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.remote_name IS 'The mirror''s name of the linked asset, if any.';
COMMENT ON COLUMN raptor.v_cyber_asset_drift.delete_requested IS 'True when the desired row asks for the asset''s deletion.';
