-- Live cyber assets with their cyber system and the system's site (facility or control center).
-- Payload fields are read in either dialect (camelCase OpenAPI, snake_case docs).
CREATE VIEW raptor.v_cyber_asset_inventory AS
SELECT a.id                                                             AS cyber_asset_id,
       a.name                                                           AS cyber_asset_name,
       coalesce(a.payload ->> 'assetTag', a.payload ->> 'asset_tag')    AS asset_tag,
       a.asset_type,
       coalesce(a.payload ->> 'cipAssetCategory', a.payload ->> 'cip_asset_category') AS cip_asset_category,
       coalesce(a.payload ->> 'impactLevel', a.payload ->> 'impact_level') AS impact_level,
       a.cyber_system_id,
       s.name                                                           AS cyber_system_name,
       coalesce(s.payload ->> 'systemType', s.payload ->> 'system_type') AS cyber_system_type,
       s.id IS NOT NULL AND s.deleted_at IS NULL                        AS cyber_system_live,
       CASE WHEN f.id IS NOT NULL THEN 'facility'
            WHEN c.id IS NOT NULL THEN 'control_center' END             AS site_kind,
       coalesce(f.id, c.id)                                             AS site_id,
       coalesce(f.name, c.name)                                         AS site_name,
       coalesce(f.payload ->> 'impactLevel', f.payload ->> 'impact_level',
                c.payload ->> 'impactLevel', c.payload ->> 'impact_level') AS site_impact_level,
       a.first_seen_at,
       a.last_seen_at
  FROM raptor.cyber_asset a
  LEFT JOIN raptor.cyber_system s ON s.id = a.cyber_system_id
  LEFT JOIN raptor.facility f ON f.id = s.facility_id
  LEFT JOIN raptor.control_center c ON c.id = s.control_center_id AND f.id IS NULL
 WHERE a.deleted_at IS NULL;

COMMENT ON VIEW raptor.v_cyber_asset_inventory IS 'Live cyber assets (deleted_at null) with their cyber system and the system''s facility or control center. Left joins: an asset whose system is unknown still appears.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_asset_id IS 'raptor.cyber_asset.id.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_asset_name IS 'Asset name.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.asset_tag IS 'assetTag from the payload, if the dialect has one.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.asset_type IS 'Asset type, e.g. hardware.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cip_asset_category IS 'CIP category (bes_cyber_asset, protected_cyber_asset, eacms, pacs, transient, removable_media), if given.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.impact_level IS 'The asset''s own impactLevel (high, medium, low, category_2, not_applicable), if given.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_system_id IS 'The asset''s cyber system id as the API gives it.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_system_name IS 'Cyber system name; null if the system was never seen.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_system_type IS 'systemType (scada, ems, ...), if given.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.cyber_system_live IS 'False when the asset''s cyber system is deleted upstream or was never seen.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.site_kind IS 'facility or control_center: where the cyber system belongs; null if unknown.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.site_id IS 'The facility or control center id.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.site_name IS 'The facility or control center name.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.site_impact_level IS 'The facility''s or control center''s impactLevel, if given.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.first_seen_at IS 'When a run first saw the asset.';
COMMENT ON COLUMN raptor.v_cyber_asset_inventory.last_seen_at IS 'When the asset row was last written (see raptor.cyber_asset.last_seen_at).';
