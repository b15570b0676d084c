-- Records deleted upstream (gone from their list or marked isDeleted), most recent first.
-- Columns: resource, id, name, deleted_at, first_seen_at
SELECT resource, id, name, deleted_at, first_seen_at
  FROM (SELECT 'facility' AS resource, id, name, deleted_at, first_seen_at FROM raptor.facility
        UNION ALL
        SELECT 'control_center', id, name, deleted_at, first_seen_at FROM raptor.control_center
        UNION ALL
        SELECT 'cyber_system', id, name, deleted_at, first_seen_at FROM raptor.cyber_system
        UNION ALL
        SELECT 'cyber_asset', id, name, deleted_at, first_seen_at FROM raptor.cyber_asset) r
 WHERE deleted_at IS NOT NULL
 ORDER BY deleted_at DESC, resource, id;
