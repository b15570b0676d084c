-- Every change observed in the last 30 days, newest first, across the four mirror tables.
-- Columns: resource, id, name, change, observed_at, run_id
SELECT h.resource, h.id, h.payload_name AS name, h.change, h.observed_at, h.run_id
  FROM (SELECT 'facility' AS resource, id, change, observed_at, run_id, history_id,
               coalesce(payload ->> 'name', payload ->> 'title') AS payload_name
          FROM raptor.facility_history
        UNION ALL
        SELECT 'control_center', id, change, observed_at, run_id, history_id,
               coalesce(payload ->> 'name', payload ->> 'centerTitle')
          FROM raptor.control_center_history
        UNION ALL
        SELECT 'cyber_system', id, change, observed_at, run_id, history_id,
               coalesce(payload ->> 'name', payload ->> 'systemTitle')
          FROM raptor.cyber_system_history
        UNION ALL
        SELECT 'cyber_asset', id, change, observed_at, run_id, history_id,
               coalesce(payload ->> 'name', payload ->> 'assetTitle')
          FROM raptor.cyber_asset_history) h
 WHERE h.observed_at >= now() - interval '30 days'
 ORDER BY h.observed_at DESC, h.resource, h.history_id DESC;
