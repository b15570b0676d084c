-- Live cyber assets per site (facility or control center) and impact level.
-- Assets whose cyber system is unknown are listed with site_kind null.
-- Columns: site_kind, site_id, site_name, impact_level, cyber_assets
SELECT site_kind,
       site_id,
       site_name,
       impact_level,
       count(*) AS cyber_assets
  FROM raptor.v_cyber_asset_inventory
 GROUP BY site_kind, site_id, site_name, impact_level
 ORDER BY site_name NULLS LAST, impact_level NULLS LAST;
