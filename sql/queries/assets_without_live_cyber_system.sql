-- Live cyber assets whose cyber system is gone upstream (deleted) or was never seen.
-- Columns: cyber_asset_id, cyber_asset_name, cyber_system_id, cyber_system_name, cyber_system_deleted_at
SELECT a.id          AS cyber_asset_id,
       a.name        AS cyber_asset_name,
       a.cyber_system_id,
       s.name        AS cyber_system_name,
       s.deleted_at  AS cyber_system_deleted_at
  FROM raptor.cyber_asset a
  LEFT JOIN raptor.cyber_system s ON s.id = a.cyber_system_id
 WHERE a.deleted_at IS NULL
   AND (s.id IS NULL OR s.deleted_at IS NOT NULL)
 ORDER BY a.cyber_system_id, a.name;
